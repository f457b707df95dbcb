import type { Db } from '../../../db/connection.js';
import type { ExceptionInput, MotifInput, PeriodInput } from '../../api/common/schemas/agenda.js';

export interface MotifRow {
  id: number;
  label: string;
  duration_minutes: number;
  colour: string;
  room: string;
  instructions: string;
  emergency_allowed: number;
  active: number;
  practitioner_ids: string;
  version: number;
  updated_at: string | null;
  updated_by_name: string | null;
}
export interface PeriodRow {
  id: number;
  practitioner_id: number;
  weekday: number;
  start_time: string;
  end_time: string;
  room: string;
  held_for_emergencies: number;
  release: 'day-before-17' | 'same-day-11' | null;
  valid_from: string;
  valid_until: string | null;
}
export interface ExceptionRow {
  id: number;
  practitioner_id: number | null;
  date: string;
  start_time: string | null;
  end_time: string | null;
  kind: string;
  label: string;
}
export interface AppointmentRow {
  id: number;
  practitioner_id: number;
  patient_id: number;
  motif_id: number;
  motif_label: string;
  starts_at: string;
  ends_at: string;
  local_date: string;
  local_time: string;
  status: 'booked' | 'cancelled' | 'no-show';
  notes: string;
  flow: 'expected' | 'arrived' | 'waiting' | 'in-consultation' | 'seen' | 'left' | 'absent';
  flow_times: string;
  walk_in: number;
  room: string;
}

const MOTIF_SELECT = `SELECT m.*,
    (SELECT json_group_array(practitioner_id) FROM agenda_motif_practitioners p WHERE p.motif_id = m.id) AS practitioner_ids,
    (SELECT display_name FROM users u WHERE u.id = m.updated_by) AS updated_by_name
  FROM agenda_motifs m`;

export function createAgendaStore(db: Db) {
  const motifs = db.prepare<[], MotifRow>(`${MOTIF_SELECT} ORDER BY m.label`);
  const motifById = db.prepare<[number], MotifRow>(`${MOTIF_SELECT} WHERE m.id = ?`);
  const periodsOf = db.prepare<[number], PeriodRow>(
    'SELECT * FROM agenda_periods WHERE practitioner_id = ? ORDER BY weekday, start_time',
  );
  const exceptionsOn = db.prepare<[string], ExceptionRow>('SELECT * FROM agenda_exceptions WHERE date = ?');
  const bookedOn = db.prepare<[number, string], { local_time: string; starts_at: string; ends_at: string }>(
    `SELECT local_time, starts_at, ends_at FROM agenda_appointments
     WHERE practitioner_id = ? AND local_date = ? AND status = 'booked' ORDER BY local_time`,
  );
  const dayOf = db.prepare<[number, string], AppointmentRow>(
    `SELECT a.*, m.label AS motif_label FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id
     WHERE a.practitioner_id = ? AND a.local_date = ? ORDER BY a.local_time`,
  );
  const insertAppointment = db.prepare(`INSERT INTO agenda_appointments
    (practitioner_id, patient_id, motif_id, starts_at, ends_at, local_date, local_time, notes, inbox_message_id, user_id, created_at, room)
    VALUES (@practitionerId, @patientId, @motifId, @startsAt, @endsAt, @date, @time, @notes, @inboxMessageId, @userId, @now, @room)`);
  const insertWalkIn = db.prepare(`INSERT INTO agenda_appointments
    (practitioner_id, patient_id, motif_id, starts_at, ends_at, local_date, local_time, notes, user_id, created_at, walk_in, flow, flow_times, room)
    VALUES (@practitionerId, @patientId, @motifId, @startsAt, @endsAt, @date, @time, @notes, @userId, @now, 1, 'arrived', @flowTimes,
            (SELECT room FROM agenda_motifs WHERE id = @motifId))`);
  const appointment = db.prepare<[number], AppointmentRow>(
    `SELECT a.*, m.label AS motif_label FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id WHERE a.id = ?`,
  );
  const waitlist = db.prepare<
    [number],
    { id: number; patient_id: number; motif_id: number; practitioner_id: number | null; asked_on: string; note: string }
  >(`SELECT * FROM agenda_waitlist WHERE motif_id = ? AND status = 'waiting' ORDER BY asked_on, id`);

  const today = db.prepare<[string], AppointmentRow>(
    `SELECT a.*, m.label AS motif_label FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id
     WHERE a.local_date = ? AND a.status <> 'cancelled' ORDER BY a.practitioner_id, a.local_time`,
  );
  return {
    /** Booked appointments of a day not reminded yet. */
    toRemind: (date: string) =>
      db
        .prepare(
          `SELECT a.*, m.label AS motif_label FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id
           WHERE a.local_date = ? AND a.status = 'booked' AND a.reminded_at IS NULL ORDER BY a.local_time`,
        )
        .all(date) as AppointmentRow[],
    markReminded: (id: number, at: string) =>
      db.prepare('UPDATE agenda_appointments SET reminded_at = ? WHERE id = ?').run(at, id),
    /** The day's appointments of every practitioner (the waiting room). */
    today: (date: string) => today.all(date),
    setFlow: (id: number, flow: AppointmentRow['flow'], times: string) =>
      db.prepare('UPDATE agenda_appointments SET flow = ?, flow_times = ? WHERE id = ?').run(flow, times, id),
    motifs: () => motifs.all(),
    /** The motif's id, or null when it changed since `input.version` (nothing written then). */
    saveMotif: db.transaction((input: MotifInput, userId: number, now: string): number | null => {
      const values = {
        label: input.label,
        duration: input.durationMinutes,
        colour: input.colour,
        room: input.room,
        instructions: input.instructions,
        emergency: input.emergencyAllowed ? 1 : 0,
        active: input.active ? 1 : 0,
      };
      let id = input.id;
      if (id === null)
        id = Number(
          db
            .prepare(
              `INSERT INTO agenda_motifs (label, duration_minutes, colour, room, instructions, emergency_allowed, active)
               VALUES (@label, @duration, @colour, @room, @instructions, @emergency, @active)`,
            )
            .run(values).lastInsertRowid,
        );
      else if (
        db
          .prepare(
            `UPDATE agenda_motifs SET label = @label, duration_minutes = @duration, colour = @colour, room = @room,
             instructions = @instructions, emergency_allowed = @emergency, active = @active,
             version = version + 1, updated_at = @now, updated_by = @userId
           WHERE id = @id AND version = @version`,
          )
          .run({ ...values, id, version: input.version, now, userId }).changes === 0
      )
        return null;
      db.prepare('DELETE FROM agenda_motif_practitioners WHERE motif_id = ?').run(id);
      for (const practitionerId of new Set(input.practitionerIds))
        db.prepare('INSERT INTO agenda_motif_practitioners (motif_id, practitioner_id) VALUES (?, ?)').run(
          id,
          practitionerId,
        );
      return id;
    }),
    motifExists: (id: number) => db.prepare('SELECT 1 FROM agenda_motifs WHERE id = ?').get(id) !== undefined,
    motifRow: (id: number) => motifById.get(id),
    periodsOf: (practitionerId: number) => periodsOf.all(practitionerId),
    addPeriod: (input: PeriodInput): number =>
      Number(
        db
          .prepare(
            `INSERT INTO agenda_periods (practitioner_id, weekday, start_time, end_time, room, held_for_emergencies, release, valid_from, valid_until)
             VALUES (@practitionerId, @weekday, @startTime, @endTime, @room, @held, @release, @validFrom, @validUntil)`,
          )
          .run({ ...input, held: input.heldForEmergencies ? 1 : 0 }).lastInsertRowid,
      ),
    removePeriod: (id: number) => db.prepare('DELETE FROM agenda_periods WHERE id = ?').run(id).changes,
    addException: (input: ExceptionInput): number =>
      Number(
        db
          .prepare(
            `INSERT INTO agenda_exceptions (practitioner_id, date, start_time, end_time, kind, label)
             VALUES (@practitionerId, @date, @startTime, @endTime, @kind, @label)`,
          )
          .run(input).lastInsertRowid,
      ),
    exceptionsOn: (date: string) => exceptionsOn.all(date),
    bookedOn: (practitionerId: number, date: string) => bookedOn.all(practitionerId, date),
    dayOf: (practitionerId: number, date: string) => dayOf.all(practitionerId, date),
    /** A week (or any span of days) of one practitioner, for the calendar views. */
    between: (practitionerId: number, from: string, to: string) =>
      db
        .prepare(
          `SELECT a.*, m.label AS motif_label FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id
           WHERE a.practitioner_id = ? AND a.local_date BETWEEN ? AND ? AND a.status = 'booked' ORDER BY a.local_date, a.local_time`,
        )
        .all(practitionerId, from, to) as AppointmentRow[],
    /** A span of days in one room, every practitioner (the room views). */
    roomBetween: (room: string, from: string, to: string) =>
      db
        .prepare(
          `SELECT a.*, m.label AS motif_label FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id
           WHERE a.room = ? AND a.room <> '' AND a.local_date BETWEEN ? AND ? AND a.status = 'booked'
           ORDER BY a.local_date, a.local_time`,
        )
        .all(room, from, to) as AppointmentRow[],
    /** Every room named by a motif or an opening period. */
    rooms: () =>
      (
        db
          .prepare(
            `SELECT room FROM agenda_motifs WHERE room <> '' UNION SELECT room FROM agenda_periods WHERE room <> ''
             ORDER BY room`,
          )
          .all() as { room: string }[]
      ).map((row) => row.room),
    /** Exceptions from a day on (holidays, absences, on-call and theatre days), for Cabinet › Agenda. */
    exceptionsFrom: (from: string) =>
      db
        .prepare('SELECT * FROM agenda_exceptions WHERE date >= ? ORDER BY date, start_time LIMIT 500')
        .all(from) as ExceptionRow[],
    removeException: (id: number) => db.prepare('DELETE FROM agenda_exceptions WHERE id = ?').run(id).changes,
    /** A patient's booked appointments from a day on (the patient file's header). */
    ofPatient: (patientId: number, from: string) =>
      db
        .prepare(
          `SELECT a.*, m.label AS motif_label FROM agenda_appointments a JOIN agenda_motifs m ON m.id = a.motif_id
           WHERE a.patient_id = ? AND a.local_date >= ? AND a.status = 'booked' ORDER BY a.starts_at LIMIT 20`,
        )
        .all(patientId, from) as AppointmentRow[],
    /** The practitioner who saw or will see this patient most recently: the finder ranks them first. */
    usualPractitioner: (patientId: number) =>
      (
        db
          .prepare(
            `SELECT practitioner_id FROM agenda_appointments WHERE patient_id = ? AND status <> 'cancelled'
             ORDER BY starts_at DESC LIMIT 1`,
          )
          .get(patientId) as { practitioner_id: number } | undefined
      )?.practitioner_id ?? null,
    appointment: (id: number) => appointment.get(id) ?? null,
    /** Checked and written in one synchronous transaction: two seats booking the same slot cannot both pass. */
    insertAppointment: (values: Record<string, unknown>, check: () => void): number =>
      db.transaction(() => {
        check();
        return Number(insertAppointment.run(values).lastInsertRowid);
      })(),
    /** A walk-in emergency: arrived now, fitted between the booked patients (never on the same start). */
    insertWalkIn: (values: Record<string, unknown>): number => Number(insertWalkIn.run(values).lastInsertRowid),
    startTaken: (practitionerId: number, startsAt: string) =>
      db
        .prepare("SELECT 1 FROM agenda_appointments WHERE practitioner_id = ? AND starts_at = ? AND status = 'booked'")
        .get(practitionerId, startsAt) !== undefined,
    setStatus: (id: number, status: 'cancelled' | 'no-show', reason: string) =>
      db.prepare('UPDATE agenda_appointments SET status = ?, cancel_reason = ? WHERE id = ?').run(status, reason, id),
    noShows: (patientId: number): number =>
      (
        db
          .prepare("SELECT count(*) AS n FROM agenda_appointments WHERE patient_id = ? AND status = 'no-show'")
          .get(patientId) as { n: number }
      ).n,
    addWaiting: (values: {
      patientId: number;
      motifId: number;
      practitionerId: number | null;
      askedOn: string;
      note: string;
    }) =>
      Number(
        db
          .prepare(
            'INSERT INTO agenda_waitlist (patient_id, motif_id, practitioner_id, asked_on, note) VALUES (@patientId, @motifId, @practitionerId, @askedOn, @note)',
          )
          .run(values).lastInsertRowid,
      ),
    waitlist: (motifId: number) => waitlist.all(motifId),
    /** Everyone waiting, every motif, oldest request first (Secrétariat › Rendez-vous). */
    waitlistAll: () =>
      db.prepare(`SELECT * FROM agenda_waitlist WHERE status = 'waiting' ORDER BY asked_on, id LIMIT 500`).all() as {
        id: number;
        patient_id: number;
        motif_id: number;
        practitioner_id: number | null;
        asked_on: string;
        note: string;
      }[],
    withdrawWaiting: (id: number) =>
      db.prepare(`UPDATE agenda_waitlist SET status = 'withdrawn' WHERE id = ? AND status = 'waiting'`).run(id).changes,
    waitlistBooked: (patientId: number, motifId: number) =>
      db
        .prepare(
          "UPDATE agenda_waitlist SET status = 'booked' WHERE patient_id = ? AND motif_id = ? AND status = 'waiting'",
        )
        .run(patientId, motifId),
  };
}
export type AgendaStore = ReturnType<typeof createAgendaStore>;
