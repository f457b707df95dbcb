import type { Db } from '../../../db/connection.js';
import { DIGITS, type Visit } from '../../api/common/schemas/patient-file.js';

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
  version: number;
  updated_at: string | null;
  updated_by_name: string | null;
  created_at: string;
}

type VisitFields = Omit<Visit, 'id' | 'practitionerName' | 'version'>;

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
  version: row.version,
});

const SELECT = `SELECT v.*, CASE WHEN p.id IS NULL THEN NULL ELSE p.title || ' ' || p.first_name || ' ' || p.last_name END AS practitioner_name,
  u.display_name AS updated_by_name
  FROM visits v LEFT JOIN practitioners p ON p.id = v.practitioner_id LEFT JOIN users u ON u.id = coalesce(v.updated_by, v.user_id)`;

export function createVisitsStore(db: Db) {
  const insert =
    db.prepare(`INSERT INTO visits (patient_id, date, practitioner_id, kind, notes, diagnosis, side, digits, user_id, created_at)
    VALUES (@patientId, @date, @practitionerId, @kind, @notes, @diagnosis, @side, @digits, @userId, @now)`);
  // Compare and set (issue 14): the row changes only if nobody saved since the version read.
  const update =
    db.prepare(`UPDATE visits SET date = @date, practitioner_id = @practitionerId, kind = @kind, notes = @notes,
    diagnosis = @diagnosis, side = @side, digits = @digits, version = version + 1, updated_at = @now, updated_by = @userId
    WHERE id = @id AND version = @version`);
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
    /** False when the visit changed since `version` (nothing written then). */
    update: (id: number, fields: VisitFields, version: number, userId: number, now: string): boolean =>
      update.run({ ...fields, id, digits: JSON.stringify(fields.digits), version, userId, now }).changes === 1,
    get: (id: number): (Visit & { patientId: number }) | null => {
      const row = select.get(id);
      return row ? { ...toVisit(row), patientId: row.patient_id } : null;
    },
    /** Who saved the visit last and when (its author and creation, until a first change). */
    lastChange: (id: number): { by: string | null; at: string } | null => {
      const row = select.get(id);
      return row ? { by: row.updated_by_name, at: row.updated_at ?? row.created_at } : null;
    },
    recent: (patientId: number, limit: number): Visit[] => recent.all(patientId, limit).map(toVisit),
    stats: (patientId: number): { count: number; last: string | null } => {
      const row = stats.get(patientId);
      return { count: row?.n ?? 0, last: row?.last ?? null };
    },
  };
}
export type VisitsStore = ReturnType<typeof createVisitsStore>;
