import type { Db } from '../../../db/connection.js';
import { DIGITS, type Visit } from '../../api/schemas/patient-file.js';

interface VisitRow {
  id: number;
  patient_id: number;
  date: string;
  practitioner_id: number | null;
  practitioner_name: string | null;
  kind: Visit['kind'];
  notes: string;
  diagnosis: string;
  side: Visit['side'];
  digits: string;
}

type VisitFields = Omit<Visit, 'id' | 'practitionerName'>;

const toVisit = (row: VisitRow): Visit => ({
  id: row.id,
  date: row.date,
  practitionerId: row.practitioner_id,
  practitionerName: row.practitioner_name,
  kind: row.kind,
  notes: row.notes,
  diagnosis: row.diagnosis,
  side: row.side,
  digits: (JSON.parse(row.digits) as string[]).filter((digit): digit is Visit['digits'][number] =>
    (DIGITS as readonly string[]).includes(digit),
  ),
});

const SELECT = `SELECT v.*, CASE WHEN p.id IS NULL THEN NULL ELSE p.title || ' ' || p.first_name || ' ' || p.last_name END AS practitioner_name
  FROM visits v LEFT JOIN practitioners p ON p.id = v.practitioner_id`;

export function createVisitsStore(db: Db) {
  const insert =
    db.prepare(`INSERT INTO visits (patient_id, date, practitioner_id, kind, notes, diagnosis, side, digits, user_id, created_at)
    VALUES (@patientId, @date, @practitionerId, @kind, @notes, @diagnosis, @side, @digits, @userId, @now)`);
  const update =
    db.prepare(`UPDATE visits SET date = @date, practitioner_id = @practitionerId, kind = @kind, notes = @notes,
    diagnosis = @diagnosis, side = @side, digits = @digits WHERE id = @id`);
  const select = db.prepare<[number], VisitRow>(`${SELECT} WHERE v.id = ?`);
  const recent = db.prepare<[number, number], VisitRow>(
    `${SELECT} WHERE v.patient_id = ? ORDER BY v.date DESC, v.id DESC LIMIT ?`,
  );
  const stats = db.prepare<[number], { n: number; last: string | null }>(
    'SELECT count(*) AS n, max(date) AS last FROM visits WHERE patient_id = ?',
  );

  return {
    insert: (patientId: number, fields: VisitFields, userId: number | null, now: string): number =>
      Number(insert.run({ ...fields, patientId, digits: JSON.stringify(fields.digits), userId, now }).lastInsertRowid),
    update: (id: number, fields: VisitFields): void => {
      update.run({ ...fields, id, digits: JSON.stringify(fields.digits) });
    },
    get: (id: number): (Visit & { patientId: number }) | null => {
      const row = select.get(id);
      return row ? { ...toVisit(row), patientId: row.patient_id } : null;
    },
    recent: (patientId: number, limit: number): Visit[] => recent.all(patientId, limit).map(toVisit),
    stats: (patientId: number): { count: number; last: string | null } => {
      const row = stats.get(patientId);
      return { count: row?.n ?? 0, last: row?.last ?? null };
    },
  };
}
export type VisitsStore = ReturnType<typeof createVisitsStore>;
