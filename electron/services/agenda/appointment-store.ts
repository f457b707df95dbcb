import type { Db } from '../../../db/connection.js';
import type {
  AppointmentRow,
  AppointmentValues,
  BookedSlotRow,
  PatientBookedRow,
  WaitingRow,
  WaitingValues,
  WalkInValues,
} from './store-rows.js';

/** Every appointment read with its motif's label. */
const APPOINTMENT_SELECT = `SELECT a.*, m.label AS motif_label
  FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id`;

/** Appointments (booked, moved, cancelled, walk-ins) and the waiting list (issue 12). */
export function createAppointmentStore(db: Db) {
  const appointment = db.prepare<[number], AppointmentRow>(`${APPOINTMENT_SELECT} WHERE a.id = ?`);
  const toRemind = db.prepare<[string], AppointmentRow>(
    `${APPOINTMENT_SELECT}
     WHERE a.local_date = ? AND a.status = 'booked' AND a.reminded_at IS NULL ORDER BY a.local_time`,
  );
  const markReminded = db.prepare<[string, number]>('UPDATE agenda_appointments SET reminded_at = ? WHERE id = ?');
  const today = db.prepare<[string], AppointmentRow>(
    `${APPOINTMENT_SELECT}
     WHERE a.local_date = ? AND a.status <> 'cancelled' ORDER BY a.practitioner_id, a.local_time`,
  );
  const bookedAllOn = db.prepare<[string], AppointmentRow>(
    `${APPOINTMENT_SELECT} WHERE a.local_date = ? AND a.status = 'booked' ORDER BY a.local_time, a.practitioner_id`,
  );
  const setClosureKept = db.prepare<[string | null, number]>(
    'UPDATE agenda_appointments SET closure_kept_at = ? WHERE id = ?',
  );
  const setClosureNotified = db.prepare<[string, number]>(
    'UPDATE agenda_appointments SET closure_notified_at = ? WHERE id = ?',
  );
  const setFlow = db.prepare<[AppointmentRow['flow'], string, number]>(
    'UPDATE agenda_appointments SET flow = ?, flow_times = ? WHERE id = ?',
  );
  const bookedOn = db.prepare<[number, string], BookedSlotRow>(
    `SELECT local_time, starts_at, ends_at FROM agenda_appointments
     WHERE practitioner_id = ? AND local_date = ? AND status = 'booked' ORDER BY local_time`,
  );
  const patientBookedOn = db.prepare<[number, string], PatientBookedRow>(
    `SELECT a.id, a.practitioner_id, a.local_time, a.starts_at, a.ends_at, m.label AS motif_label
     FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id
     WHERE a.patient_id = ? AND a.local_date = ? AND a.status = 'booked' ORDER BY a.local_time`,
  );
  const dayOf = db.prepare<[number, string], AppointmentRow>(
    `${APPOINTMENT_SELECT} WHERE a.practitioner_id = ? AND a.local_date = ? ORDER BY a.local_time`,
  );
  const between = db.prepare<[number, string, string], AppointmentRow>(
    `${APPOINTMENT_SELECT}
     WHERE a.practitioner_id = ? AND a.local_date BETWEEN ? AND ? AND a.status = 'booked' ORDER BY a.local_date, a.local_time`,
  );
  const roomBetween = db.prepare<[string, string, string], AppointmentRow>(
    `${APPOINTMENT_SELECT}
     WHERE a.room = ? AND a.room <> '' AND a.local_date BETWEEN ? AND ? AND a.status = 'booked'
     ORDER BY a.local_date, a.local_time`,
  );
  const ofPatient = db.prepare<[number, string], AppointmentRow>(
    `${APPOINTMENT_SELECT}
     WHERE a.patient_id = ? AND a.local_date >= ? AND a.status = 'booked' ORDER BY a.starts_at LIMIT 20`,
  );
  const usualPractitioner = db
    .prepare<[number], number>(
      `SELECT practitioner_id FROM agenda_appointments WHERE patient_id = ? AND status <> 'cancelled'
       ORDER BY starts_at DESC LIMIT 1`,
    )
    .pluck();
  const insertAppointment = db.prepare<AppointmentValues>(`INSERT INTO agenda_appointments
    (practitioner_id, patient_id, motif_id, starts_at, ends_at, local_date, local_time, notes, inbox_message_id, user_id, created_at, room, series_id)
    VALUES (@practitionerId, @patientId, @motifId, @startsAt, @endsAt, @date, @time, @notes, @inboxMessageId, @userId, @now, @room,
            @seriesId)`);
  const insertWalkIn = db.prepare<WalkInValues>(`INSERT INTO agenda_appointments
    (practitioner_id, patient_id, motif_id, starts_at, ends_at, local_date, local_time, notes, user_id, created_at, walk_in, flow, flow_times, room)
    VALUES (@practitionerId, @patientId, @motifId, @startsAt, @endsAt, @date, @time, @notes, @userId, @now, 1, 'arrived', @flowTimes,
            (SELECT room FROM agenda_motifs WHERE id = @motifId))`);
  const startTaken = db
    .prepare<[number, string], 1>(
      "SELECT 1 FROM agenda_appointments WHERE practitioner_id = ? AND starts_at = ? AND status = 'booked'",
    )
    .pluck();
  const setStatus = db.prepare<['cancelled' | 'no-show', string, number]>(
    'UPDATE agenda_appointments SET status = ?, cancel_reason = ? WHERE id = ?',
  );
  /** A no-show taken back: booked again, back among the expected if the waiting room had marked it. */
  const reinstate = db.prepare<[string, number]>(
    `UPDATE agenda_appointments SET status = 'booked', cancel_reason = '',
       flow = CASE flow WHEN 'absent' THEN 'expected' ELSE flow END, flow_times = ?
     WHERE id = ? AND status = 'no-show'`,
  );
  const noShows = db
    .prepare<[number], number>("SELECT count(*) FROM agenda_appointments WHERE patient_id = ? AND status = 'no-show'")
    .pluck();
  const addWaiting = db.prepare<WaitingValues>(
    'INSERT INTO agenda_waitlist (patient_id, motif_id, practitioner_id, asked_on, note) VALUES (@patientId, @motifId, @practitionerId, @askedOn, @note)',
  );
  const waitlist = db.prepare<[number], WaitingRow>(
    `SELECT * FROM agenda_waitlist WHERE motif_id = ? AND status = 'waiting' ORDER BY asked_on, id`,
  );
  const waitlistAll = db.prepare<[], WaitingRow>(
    `SELECT * FROM agenda_waitlist WHERE status = 'waiting' ORDER BY asked_on, id LIMIT 500`,
  );
  const withdrawWaiting = db.prepare<[number]>(
    `UPDATE agenda_waitlist SET status = 'withdrawn' WHERE id = ? AND status = 'waiting'`,
  );
  const waitlistBooked = db.prepare<[number, number]>(
    "UPDATE agenda_waitlist SET status = 'booked' WHERE patient_id = ? AND motif_id = ? AND status = 'waiting'",
  );

  return {
    /** Booked appointments of a day not reminded yet. */
    toRemind: (date: string) => toRemind.all(date),
    markReminded: (id: number, at: string) => markReminded.run(at, id),
    /** The day's appointments of every practitioner (the waiting room). */
    today: (date: string) => today.all(date),
    /** Every practitioner's booked appointments of a day (those an absence or a closure covers). */
    bookedAllOn: (date: string) => bookedAllOn.all(date),
    /** Kept despite the closure that covers it (a time), or back on the list to deal with (null). */
    setClosureKept: (id: number, at: string | null) => setClosureKept.run(at, id),
    setClosureNotified: (id: number, at: string) => setClosureNotified.run(at, id),
    setFlow: (id: number, flow: AppointmentRow['flow'], times: string) => setFlow.run(flow, times, id),
    bookedOn: (practitionerId: number, date: string) => bookedOn.all(practitionerId, date),
    dayOf: (practitionerId: number, date: string) => dayOf.all(practitionerId, date),
    /** A patient's booked appointments of a day, every practitioner. */
    patientBookedOn: (patientId: number, date: string) => patientBookedOn.all(patientId, date),
    /** A week (or any span of days) of one practitioner, for the calendar views. */
    between: (practitionerId: number, from: string, to: string) => between.all(practitionerId, from, to),
    /** A span of days in one room, every practitioner (the room views). */
    roomBetween: (room: string, from: string, to: string) => roomBetween.all(room, from, to),
    /** A patient's booked appointments from a day on (the patient file's header). */
    ofPatient: (patientId: number, from: string) => ofPatient.all(patientId, from),
    /** The practitioner who saw or will see this patient most recently: the finder ranks them first. */
    usualPractitioner: (patientId: number) => usualPractitioner.get(patientId) ?? null,
    appointment: (id: number) => appointment.get(id) ?? null,
    /** Checked and written in one synchronous transaction: two seats booking the same slot cannot both pass. */
    insertAppointment: (values: AppointmentValues, check: () => void): number =>
      db.transaction(() => {
        check();
        return Number(insertAppointment.run(values).lastInsertRowid);
      })(),
    /** A walk-in emergency: arrived now, fitted between the booked patients (never on the same start). */
    insertWalkIn: (values: WalkInValues): number => Number(insertWalkIn.run(values).lastInsertRowid),
    startTaken: (practitionerId: number, startsAt: string) => startTaken.get(practitionerId, startsAt) !== undefined,
    setStatus: (id: number, status: 'cancelled' | 'no-show', reason: string) => setStatus.run(status, reason, id),
    noShows: (patientId: number): number => noShows.get(patientId) ?? 0,
    reinstate: (id: number, flowTimes: string): number => reinstate.run(flowTimes, id).changes,
    addWaiting: (values: WaitingValues) => Number(addWaiting.run(values).lastInsertRowid),
    waitlist: (motifId: number) => waitlist.all(motifId),
    /** Everyone waiting, every motif, oldest request first (Secrétariat › Rendez-vous). */
    waitlistAll: () => waitlistAll.all(),
    withdrawWaiting: (id: number) => withdrawWaiting.run(id).changes,
    waitlistBooked: (patientId: number, motifId: number) => waitlistBooked.run(patientId, motifId),
  };
}
