import type { Db } from '../../../db/connection.js';
import type { CategoryCode } from '../../api/common/schemas/inbox-protocol.js';
import type { MessageState, RequestChannel } from '../../api/common/schemas/inbox.js';

export interface MessageRow {
  id: number;
  account_id: number | null;
  folder: string;
  uidvalidity: string | null;
  uid: number | null;
  raw_sha256: string;
  direction: 'in' | 'out';
  message_id: string | null;
  in_reply_to: string | null;
  references_json: string;
  thread_id: number;
  from_name: string;
  from_address: string;
  to_text: string;
  subject: string;
  sent_at: string | null;
  received_at: string;
  body_text: string;
  body_html: string | null;
  /** The HTML made safe (remote images blocked) when it arrived (issue 27); null for older messages. */
  body_safe_html: string | null;
  blocked_images: number;
  problems_json: string;
  category: CategoryCode;
  suggested_category: CategoryCode;
  reasons_json: string;
  deciding_rules_json: string;
  due_at: string | null;
  state: MessageState;
  assigned_to: number | null;
  assigned_name: string | null;
  snoozed_until: string | null;
  wake_on_reply: number;
  patient_id: number | null;
  patient_evidence: string;
  candidates_json: string;
  review_requested: number;
  archived: number;
  remote_images: number;
  attachment_count: number;
  channel: RequestChannel;
}

export type NewMessage = Omit<
  MessageRow,
  | 'id'
  | 'state'
  | 'assigned_to'
  | 'assigned_name'
  | 'snoozed_until'
  | 'wake_on_reply'
  | 'review_requested'
  | 'archived'
  | 'remote_images'
  | 'attachment_count'
  | 'suggested_category'
  | 'channel'
> & { category_rank: number };

export interface AttachmentRow {
  id: number;
  message_id: number;
  file_name: string;
  declared_mime: string;
  mime: string;
  size: number;
  sha256: string | null;
  refusal: string | null;
  document_id: number | null;
}

const SELECT_MESSAGE = `
  SELECT m.*, u.display_name AS assigned_name,
         (SELECT count(*) FROM mail_attachments a WHERE a.message_id = m.id) AS attachment_count
  FROM mail_messages m LEFT JOIN users u ON u.id = m.assigned_to`;

/** The queue's views; each reads the queue index in urgency order (issue 11). */
const VIEW_WHERE = {
  'a-traiter': `m.archived = 0 AND m.state IN ('nouveau', 'a-traiter') AND (m.snoozed_until IS NULL OR m.snoozed_until <= @now)`,
  'en-attente': `m.archived = 0 AND m.state IN ('attente-patient', 'attente-medecin') AND (m.snoozed_until IS NULL OR m.snoozed_until <= @now)`,
  reportes: `m.archived = 0 AND m.state <> 'traite' AND m.snoozed_until > @now`,
  traites: `m.archived = 0 AND m.state = 'traite'`,
  /** Signalés au chirurgien: what a surgeon opens to read what the secretaries flagged. */
  'a-revoir': `m.archived = 0 AND m.review_requested = 1`,
  archives: `m.archived = 1`,
} as const;
export type QueueView = keyof typeof VIEW_WHERE;

export function createInboxStore(db: Db) {
  const queues = Object.fromEntries(
    Object.entries(VIEW_WHERE).map(([view, where]) => [
      view,
      db.prepare<{ now: string; category: string | null; mine: number | null; limit: number }, MessageRow>(
        `${SELECT_MESSAGE} WHERE m.direction = 'in' AND ${where}
           AND (@category IS NULL OR m.category = @category) AND (@mine IS NULL OR m.assigned_to = @mine)
         ORDER BY m.archived, m.category_rank, m.due_at, m.id LIMIT @limit`,
      ),
    ]),
  ) as Record<
    QueueView,
    ReturnType<
      typeof db.prepare<{ now: string; category: string | null; mine: number | null; limit: number }, MessageRow>
    >
  >;
  const counts = db.prepare<{ now: string }, { category: CategoryCode; n: number }>(
    `SELECT m.category, count(*) AS n FROM mail_messages m INDEXED BY mail_open_by_category
     WHERE m.direction = 'in' AND m.archived = 0 AND m.state IN ('nouveau', 'a-traiter')
       AND (m.snoozed_until IS NULL OR m.snoozed_until <= @now) GROUP BY m.category`,
  );
  const get = db.prepare<[number], MessageRow>(`${SELECT_MESSAGE} WHERE m.id = ?`);
  const insertMessage = db.prepare(`INSERT INTO mail_messages (
      account_id, folder, uidvalidity, uid, raw_sha256, direction, message_id, in_reply_to, references_json, thread_id,
      from_name, from_address, to_text, subject, sent_at, received_at, body_text, body_html, body_safe_html,
      blocked_images, problems_json, category, category_rank, suggested_category, reasons_json, deciding_rules_json, due_at,
      patient_id, patient_evidence, candidates_json, state)
    VALUES (@account_id, @folder, @uidvalidity, @uid, @raw_sha256, @direction, @message_id, @in_reply_to, @references_json,
      @thread_id, @from_name, @from_address, @to_text, @subject, @sent_at, @received_at, @body_text, @body_html,
      @body_safe_html, @blocked_images, @problems_json, @category, @category_rank, @category, @reasons_json, @deciding_rules_json, @due_at,
      @patient_id, @patient_evidence, @candidates_json, @state)`);
  const insertAttachment = db.prepare(`INSERT INTO mail_attachments
      (message_id, file_name, declared_mime, mime, size, sha256, refusal) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const byRaw = db.prepare<[number | null, string], { id: number }>(
    'SELECT id FROM mail_messages WHERE account_id IS ? AND raw_sha256 = ? LIMIT 1',
  );
  const moveUid = db.prepare('UPDATE mail_messages SET folder = ?, uidvalidity = ?, uid = ? WHERE id = ?');
  const byMessageId = db.prepare<[string], { id: number; thread_id: number }>(
    'SELECT id, thread_id FROM mail_messages WHERE message_id = ? ORDER BY id LIMIT 1',
  );
  const threadBySender = db.prepare<[string, string, string], { id: number }>(
    'SELECT id FROM mail_threads WHERE sender = ? AND subject_key = ? AND created_at >= ? ORDER BY id DESC LIMIT 1',
  );
  const insertThread = db.prepare('INSERT INTO mail_threads (subject_key, sender, created_at) VALUES (?, ?, ?)');
  // The last 50 of a thread: enough to answer, bounded however long an exchange grows.
  const threadMessages = db.prepare<[number], MessageRow>(
    `SELECT * FROM (${SELECT_MESSAGE} WHERE m.thread_id = ? ORDER BY m.id DESC LIMIT 50) ORDER BY id`,
  );
  const attachments = db.prepare<[number], AttachmentRow>(
    'SELECT * FROM mail_attachments WHERE message_id = ? ORDER BY id',
  );
  const attachment = db.prepare<[number], AttachmentRow>('SELECT * FROM mail_attachments WHERE id = ?');
  const syncState = db.prepare<[number, string], { uidvalidity: string; last_uid: number }>(
    'SELECT uidvalidity, last_uid FROM mail_sync_state WHERE account_id = ? AND folder = ?',
  );
  const saveSyncState =
    db.prepare(`INSERT INTO mail_sync_state (account_id, folder, uidvalidity, last_uid) VALUES (?, ?, ?, ?)
    ON CONFLICT (account_id, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid`);
  const forPatient = db.prepare<[number], MessageRow>(
    `${SELECT_MESSAGE} WHERE m.patient_id = ? ORDER BY m.received_at DESC LIMIT 200`,
  );
  const wakeThread = db.prepare(`UPDATE mail_messages SET snoozed_until = NULL, state = 'a-traiter'
    WHERE thread_id = ? AND wake_on_reply = 1 AND snoozed_until IS NOT NULL AND direction = 'in'`);
  const insertCorrection =
    db.prepare(`INSERT INTO mail_corrections (message_id, from_category, to_category, rules_json, user_id, at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  // What a person corrected: the guard of Cabinet › Protocole de tri sorts these again (issue 23).
  const corrected = db.prepare<[number], MessageRow>(
    `SELECT * FROM mail_messages WHERE direction = 'in' AND category <> suggested_category ORDER BY id DESC LIMIT ?`,
  );
  const correctionsByRule = db.prepare<[], { rule: string; n: number }>(
    `SELECT j.value AS rule, count(*) AS n FROM mail_corrections c, json_each(c.rules_json) j GROUP BY j.value ORDER BY n DESC`,
  );

  return {
    queue: (view: QueueView, params: { now: string; category: string | null; mine: number | null; limit: number }) =>
      queues[view].all(params),
    counts: (now: string) => counts.all({ now }),
    get: (id: number): MessageRow | null => get.get(id) ?? null,
    insertMessage: db.transaction(
      (
        message: NewMessage & { state: MessageState },
        files: Omit<AttachmentRow, 'id' | 'message_id' | 'document_id'>[],
      ) => {
        const id = Number(insertMessage.run(message).lastInsertRowid);
        for (const file of files)
          insertAttachment.run(id, file.file_name, file.declared_mime, file.mime, file.size, file.sha256, file.refusal);
        return id;
      },
    ),
    byRaw: (accountId: number | null, sha256: string) => byRaw.get(accountId, sha256)?.id ?? null,
    moveUid: (id: number, folder: string, uidvalidity: string, uid: number) =>
      moveUid.run(folder, uidvalidity, uid, id),
    byMessageId: (messageId: string) => byMessageId.get(messageId) ?? null,
    threadFor(sender: string, subjectKey: string, since: string, now: string): number {
      const found = threadBySender.get(sender, subjectKey, since);
      return found ? found.id : Number(insertThread.run(subjectKey, sender, now).lastInsertRowid);
    },
    newThread: (subjectKey: string, sender: string, now: string) =>
      Number(insertThread.run(subjectKey, sender, now).lastInsertRowid),
    threadMessages: (threadId: number) => threadMessages.all(threadId),
    attachments: (messageId: number) => attachments.all(messageId),
    attachment: (id: number) => attachment.get(id) ?? null,
    setAttachmentDocument: (id: number, documentId: number) =>
      db.prepare('UPDATE mail_attachments SET document_id = ? WHERE id = ?').run(documentId, id),
    inTransaction: <T>(work: () => T): T => db.transaction(work)(),
    syncState: (accountId: number, folder: string) => syncState.get(accountId, folder) ?? null,
    saveSyncState: (accountId: number, folder: string, uidvalidity: string, lastUid: number) =>
      saveSyncState.run(accountId, folder, uidvalidity, lastUid),
    forPatient: (patientId: number) => forPatient.all(patientId),
    wakeThread: (threadId: number) => wakeThread.run(threadId).changes,
    /** One column of a message, named from a fixed list (never from input). */
    update(
      id: number,
      fields: Partial<
        Pick<
          MessageRow,
          | 'category'
          | 'state'
          | 'assigned_to'
          | 'snoozed_until'
          | 'wake_on_reply'
          | 'patient_id'
          | 'patient_evidence'
          | 'review_requested'
          | 'archived'
          | 'remote_images'
          | 'due_at'
        > & { category_rank: number }
      >,
    ) {
      const columns = Object.keys(fields);
      if (columns.length === 0) return;
      db.prepare(
        `UPDATE mail_messages SET ${columns.map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`,
      ).run({
        ...fields,
        id,
      });
    },
    correct: db.transaction(
      (
        id: number,
        change: {
          from: CategoryCode;
          to: CategoryCode;
          rank: number;
          rules: string[];
          userId: number;
          now: string;
          dueAt: string | null;
        },
      ) => {
        db.prepare('UPDATE mail_messages SET category = ?, category_rank = ?, due_at = ? WHERE id = ?').run(
          change.to,
          change.rank,
          change.dueAt,
          id,
        );
        insertCorrection.run(id, change.from, change.to, JSON.stringify(change.rules), change.userId, change.now);
      },
    ),
    correctionsByRule: () => correctionsByRule.all(),
    corrected: (limit: number) => corrected.all(limit),
    /** The protocol's new answer for a message no person has corrected (a patient was linked). */
    retriage: (
      id: number,
      result: { category: CategoryCode; rank: number; reasons: string; rules: string; dueAt: string | null },
    ) =>
      db
        .prepare(
          `UPDATE mail_messages SET category = @category, suggested_category = @category, category_rank = @rank,
             reasons_json = @reasons, deciding_rules_json = @rules, due_at = @dueAt WHERE id = @id AND category = suggested_category`,
        )
        .run({ ...result, id }),
  };
}
export type InboxStore = ReturnType<typeof createInboxStore>;
