import type { Db } from '../../../db/connection.js';
import type { Alert } from '../../api/schemas/patient-file.js';

interface AlertRow {
  id: number;
  patient_id: number;
  kind: Alert['kind'];
  detail: string;
  active: number;
  by: string;
  at: string;
}

const toAlert = (row: AlertRow): Alert => ({
  id: row.id,
  kind: row.kind,
  detail: row.detail,
  active: row.active === 1,
  by: row.by,
  at: row.at,
});

export function createAlertsStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO patient_alerts (patient_id, kind, detail, user_id, at) VALUES (?, ?, ?, ?, ?)',
  );
  const deactivate = db.prepare('UPDATE patient_alerts SET active = 0 WHERE id = ?');
  const select = db.prepare<[number], AlertRow>(
    'SELECT a.*, u.display_name AS by FROM patient_alerts a JOIN users u ON u.id = a.user_id WHERE a.id = ?',
  );
  const forPatient = db.prepare<[number], AlertRow>(
    'SELECT a.*, u.display_name AS by FROM patient_alerts a JOIN users u ON u.id = a.user_id WHERE a.patient_id = ? ORDER BY a.active DESC, a.id',
  );
  return {
    insert: (patientId: number, kind: Alert['kind'], detail: string, userId: number, now: string): number =>
      Number(insert.run(patientId, kind, detail, userId, now).lastInsertRowid),
    deactivate: (id: number): void => {
      deactivate.run(id);
    },
    get: (id: number): (Alert & { patientId: number }) | null => {
      const row = select.get(id);
      return row ? { ...toAlert(row), patientId: row.patient_id } : null;
    },
    forPatient: (patientId: number): Alert[] => forPatient.all(patientId).map(toAlert),
  };
}
export type AlertsStore = ReturnType<typeof createAlertsStore>;
