import type { Db } from '../../../db/connection.js';

export interface VocabularyEntry {
  id: number;
  spoken: string;
  written: string;
}

export function createVocabularyStore(db: Db) {
  const list = db.prepare<[number], VocabularyEntry>(
    'SELECT id, spoken, written FROM dictation_vocabulary WHERE user_id = ? ORDER BY spoken',
  );
  const upsert = db.prepare(`INSERT INTO dictation_vocabulary (user_id, spoken, written) VALUES (?, ?, ?)
    ON CONFLICT (user_id, spoken) DO UPDATE SET written = excluded.written`);
  const remove = db.prepare('DELETE FROM dictation_vocabulary WHERE id = ? AND user_id = ?');
  return {
    list: (userId: number): VocabularyEntry[] => list.all(userId),
    upsert: (userId: number, spoken: string, written: string): void => {
      upsert.run(userId, spoken, written);
    },
    remove: (userId: number, id: number): boolean => remove.run(id, userId).changes > 0,
  };
}
export type VocabularyStore = ReturnType<typeof createVocabularyStore>;
