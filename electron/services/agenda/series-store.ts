import type { Db } from '../../../db/connection.js';
import type { AppointmentRow, SeriesRow } from './store-rows.js';

/** Series of follow-ups (issue 24 point 15): the series itself; its occurrences are appointments. */
export function createSeriesStore(db: Db) {
  const insertSeries = db.prepare<{ patientId: number; motifId: number; label: string; userId: number; now: string }>(
    `INSERT INTO agenda_series (patient_id, motif_id, label, user_id, created_at)
     VALUES (@patientId, @motifId, @label, @userId, @now)`,
  );
  const series = db.prepare<[number], SeriesRow>(
    'SELECT id, patient_id, motif_id, label FROM agenda_series WHERE id = ?',
  );
  const occurrences = db.prepare<[number], AppointmentRow>(
    `SELECT a.*, m.label AS motif_label FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id
     WHERE a.series_id = ? ORDER BY a.starts_at, a.id`,
  );
  return {
    insertSeries: (values: { patientId: number; motifId: number; label: string; userId: number; now: string }) =>
      Number(insertSeries.run(values).lastInsertRowid),
    series: (id: number) => series.get(id) ?? null,
    /** Every appointment of a series, whatever its status, in time order. */
    seriesAppointments: (seriesId: number) => occurrences.all(seriesId),
    /** All or nothing: a series is booked, moved or cancelled whole, or not at all. */
    inTransaction: <T>(work: () => T): T => db.transaction(work)(),
  };
}
