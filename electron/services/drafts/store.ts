import type { Db } from '../../../db/connection.js';

/** How many forms one person may have in progress: the oldest beyond this are let go. */
export const DRAFTS_PER_PERSON = 200;

export function createDraftsStore(db: Db) {
  const select = db.prepare<[number, string], { value_json: string; saved_at: string }>(
    'SELECT value_json, saved_at FROM form_drafts WHERE user_id = ? AND draft_key = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO form_drafts (user_id, draft_key, value_json, saved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, draft_key) DO UPDATE SET value_json = excluded.value_json, saved_at = excluded.saved_at`,
  );
  const trim = db.prepare(
    `DELETE FROM form_drafts WHERE user_id = ? AND draft_key NOT IN
       (SELECT draft_key FROM form_drafts WHERE user_id = ? ORDER BY saved_at DESC, draft_key LIMIT ?)`,
  );
  const remove = db.prepare('DELETE FROM form_drafts WHERE user_id = ? AND draft_key = ?');
  return {
    get: (userId: number, key: string) => select.get(userId, key) ?? null,
    save: db.transaction((userId: number, key: string, valueJson: string, now: string) => {
      upsert.run(userId, key, valueJson, now);
      trim.run(userId, userId, DRAFTS_PER_PERSON);
    }),
    remove: (userId: number, key: string): void => {
      remove.run(userId, key);
    },
  };
}
export type DraftsStore = ReturnType<typeof createDraftsStore>;
