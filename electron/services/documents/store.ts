import type { Db } from '../../../db/connection.js';
import type { PatientDocument } from '../../api/common/schemas/patient-file.js';

interface DocumentRow {
  id: number;
  patient_id: number;
  visit_id: number | null;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  by: string | null;
  created_at: string;
}

const toDocument = (row: DocumentRow): PatientDocument => ({
  id: row.id,
  visitId: row.visit_id,
  fileName: row.file_name,
  mime: row.mime,
  size: row.size,
  sha256: row.sha256,
  by: row.by ?? '',
  at: row.created_at,
});

const SELECT = 'SELECT d.*, u.display_name AS by FROM documents d LEFT JOIN users u ON u.id = d.user_id';

export function createDocumentsStore(db: Db) {
  const insert =
    db.prepare(`INSERT INTO documents (patient_id, visit_id, file_name, mime, size, sha256, user_id, created_at)
    VALUES (@patientId, @visitId, @fileName, @mime, @size, @sha256, @userId, @now)`);
  const select = db.prepare<[number], DocumentRow>(`${SELECT} WHERE d.id = ?`);
  const forPatient = db.prepare<[number], DocumentRow>(
    `${SELECT} WHERE d.patient_id = ? ORDER BY d.created_at DESC, d.id DESC`,
  );
  return {
    insert: (row: {
      patientId: number;
      visitId: number | null;
      fileName: string;
      mime: string;
      size: number;
      sha256: string;
      userId: number;
      now: string;
    }): number => Number(insert.run(row).lastInsertRowid),
    get: (id: number): (PatientDocument & { patientId: number }) | null => {
      const row = select.get(id);
      return row ? { ...toDocument(row), patientId: row.patient_id } : null;
    },
    forPatient: (patientId: number): PatientDocument[] => forPatient.all(patientId).map(toDocument),
  };
}
export type DocumentsStore = ReturnType<typeof createDocumentsStore>;
