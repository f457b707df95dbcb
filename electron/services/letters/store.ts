import type { Db } from '../../../db/connection.js';

export interface LetterRow {
  id: number;
  patient_id: number;
  visit_id: number;
  kind: string;
  version: number;
  previous_id: number | null;
  sections: string;
  docx_sha256: string;
  pdf_sha256: string | null;
  author: string;
  created_at: string;
}

const SELECT = 'SELECT l.*, u.display_name AS author FROM letters l JOIN users u ON u.id = l.user_id';

export function createLettersStore(db: Db) {
  const insert =
    db.prepare(`INSERT INTO letters (patient_id, visit_id, kind, version, previous_id, sections, docx_sha256, template_sha256, user_id, created_at)
    VALUES (@patientId, @visitId, @kind, @version, @previousId, @sections, @docxSha256, @templateSha256, @userId, @now)`);
  const latest = db.prepare<[number, string], LetterRow>(
    `${SELECT} WHERE l.visit_id = ? AND l.kind = ? ORDER BY l.version DESC LIMIT 1`,
  );
  const byId = db.prepare<[number], LetterRow>(`${SELECT} WHERE l.id = ?`);
  const forPatient = db.prepare<[number], LetterRow>(
    `${SELECT} WHERE l.patient_id = ? ORDER BY l.created_at DESC, l.id DESC`,
  );
  const setPdf = db.prepare('UPDATE letters SET pdf_sha256 = ? WHERE id = ?');
  const template = db.prepare<[string], { file_name: string; sha256: string; uploaded_at: string }>(
    'SELECT file_name, sha256, uploaded_at FROM letter_templates WHERE kind = ?',
  );
  const upsertTemplate =
    db.prepare(`INSERT INTO letter_templates (kind, file_name, sha256, user_id, uploaded_at) VALUES (@kind, @fileName, @sha256, @userId, @now)
    ON CONFLICT (kind) DO UPDATE SET file_name = excluded.file_name, sha256 = excluded.sha256, user_id = excluded.user_id, uploaded_at = excluded.uploaded_at`);

  const saveDraft =
    db.prepare(`INSERT INTO letter_drafts (visit_id, kind, sections, user_id, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (visit_id, kind) DO UPDATE SET sections = excluded.sections, user_id = excluded.user_id, updated_at = excluded.updated_at`);
  const draftOf = db.prepare<[number, string], { sections: string; by: string; at: string }>(
    'SELECT d.sections, u.display_name AS by, d.updated_at AS at FROM letter_drafts d JOIN users u ON u.id = d.user_id WHERE d.visit_id = ? AND d.kind = ?',
  );
  const deleteDraft = db.prepare('DELETE FROM letter_drafts WHERE visit_id = ? AND kind = ?');
  const draftsOfPatient = db.prepare<
    [number],
    { visitId: number; visitDate: string; kind: string; by: string; at: string }
  >(
    `SELECT d.visit_id AS visitId, v.date AS visitDate, d.kind, u.display_name AS by, d.updated_at AS at
     FROM letter_drafts d JOIN visits v ON v.id = d.visit_id JOIN users u ON u.id = d.user_id
     WHERE v.patient_id = ? ORDER BY d.updated_at DESC`,
  );

  return {
    saveDraft: (visitId: number, kind: string, sections: string, userId: number, now: string): void => {
      saveDraft.run(visitId, kind, sections, userId, now);
    },
    draft: (visitId: number, kind: string) => draftOf.get(visitId, kind) ?? null,
    deleteDraft: (visitId: number, kind: string): void => {
      deleteDraft.run(visitId, kind);
    },
    draftsOfPatient: (patientId: number) => draftsOfPatient.all(patientId),
    insert: (row: {
      patientId: number;
      visitId: number;
      kind: string;
      version: number;
      previousId: number | null;
      sections: string;
      docxSha256: string;
      templateSha256: string;
      userId: number;
      now: string;
    }): number => Number(insert.run(row).lastInsertRowid),
    latest: (visitId: number, kind: string): LetterRow | null => latest.get(visitId, kind) ?? null,
    get: (id: number): LetterRow | null => byId.get(id) ?? null,
    forPatient: (patientId: number): LetterRow[] => forPatient.all(patientId),
    setPdf: (id: number, sha256: string): void => {
      setPdf.run(sha256, id);
    },
    template: (kind: string) => template.get(kind) ?? null,
    saveTemplate: (row: { kind: string; fileName: string; sha256: string; userId: number; now: string }): void => {
      upsertTemplate.run(row);
    },
  };
}
export type LettersStore = ReturnType<typeof createLettersStore>;
