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

  return {
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
