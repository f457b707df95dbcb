import type { Db } from '../../../db/connection.js';
import type { Alert } from '../../api/common/schemas/patient-file.js';

interface AlertRow {
  id: number;
  patient_id: number;
  kind: Alert['kind'];
  detail: string;
  active: number;
  by: string;
  at: string;
  lifted_reason: string | null;
  lifted_by_name: string | null;
  lifted_at: string | null;
}

const toAlert = (row: AlertRow): Alert => ({
  id: row.id,
  kind: row.kind,
  detail: row.detail,
  active: row.active === 1,
  by: row.by,
  at: row.at,
  lifted:
    row.lifted_at !== null
      ? { reason: row.lifted_reason ?? '', by: row.lifted_by_name ?? '', at: row.lifted_at }
      : null,
});

export function createAlertsStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO patient_alerts (patient_id, kind, detail, user_id, at) VALUES (?, ?, ?, ?, ?)',
  );
  const deactivate = db.prepare(
    'UPDATE patient_alerts SET active = 0, lifted_reason = ?, lifted_by = ?, lifted_at = ? WHERE id = ?',
  );
  const reactivate = db.prepare(
    'UPDATE patient_alerts SET active = 1, lifted_reason = NULL, lifted_by = NULL, lifted_at = NULL WHERE id = ?',
  );
  const columns = `a.*, u.display_name AS by, l.display_name AS lifted_by_name
    FROM patient_alerts a JOIN users u ON u.id = a.user_id LEFT JOIN users l ON l.id = a.lifted_by`;
  const select = db.prepare<[number], AlertRow>(`SELECT ${columns} WHERE a.id = ?`);
  const forPatient = db.prepare<[number], AlertRow>(
    `SELECT ${columns} WHERE a.patient_id = ? ORDER BY a.active DESC, a.id`,
  );
  return {
    insert: (patientId: number, kind: Alert['kind'], detail: string, userId: number, now: string): number =>
      Number(insert.run(patientId, kind, detail, userId, now).lastInsertRowid),
    deactivate: (id: number, reason: string, userId: number, now: string): void => {
      deactivate.run(reason, userId, now, id);
    },
    reactivate: (id: number): void => {
      reactivate.run(id);
    },
    get: (id: number): (Alert & { patientId: number }) | null => {
      const row = select.get(id);
      return row ? { ...toAlert(row), patientId: row.patient_id } : null;
    },
    forPatient: (patientId: number): Alert[] => forPatient.all(patientId).map(toAlert),
  };
}
export type AlertsStore = ReturnType<typeof createAlertsStore>;
