/** The agenda's rows as SQLite gives them: declared once, read only by the agenda's modules. */

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
  /** For an on-call exception: who its hours are open to (issue 24). */
  on_call_scope: 'emergency' | 'all';
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
  /** Kept on purpose although an absence or a closure covers it (issue 24 point 12). */
  closure_kept_at: string | null;
  /** When the patient was told an absence or a closure covers it. */
  closure_notified_at: string | null;
  /** The series it belongs to (issue 24 point 15), null for a single booking. */
  series_id: number | null;
}
/** A booked slot's bounds, read inside the booking transaction to refuse an overlap. */
export interface BookedSlotRow {
  local_time: string;
  starts_at: string;
  ends_at: string;
}
/** One of a patient's booked appointments of a day, with whom (issue 24: one patient in one place). */
export interface PatientBookedRow extends BookedSlotRow {
  id: number;
  practitioner_id: number;
  motif_label: string;
}
export interface WaitingRow {
  id: number;
  patient_id: number;
  motif_id: number;
  practitioner_id: number | null;
  asked_on: string;
  note: string;
}

/** What a booking writes (named parameters of the insert). */
export interface AppointmentValues {
  practitionerId: number;
  patientId: number;
  motifId: number;
  startsAt: string;
  endsAt: string;
  date: string;
  time: string;
  notes: string;
  inboxMessageId: number | null;
  userId: number;
  now: string;
  room: string;
  seriesId: number | null;
}
/** What a walk-in writes: no message, the room taken from the motif, arrived already. */
export interface WalkInValues extends Omit<AppointmentValues, 'inboxMessageId' | 'room' | 'seriesId'> {
  flowTimes: string;
}
/** A request on the waiting list, as it is written. */
export interface WaitingValues {
  patientId: number;
  motifId: number;
  practitionerId: number | null;
  askedOn: string;
  note: string;
}

/** A series of follow-ups as stored (issue 24 point 15). */
export interface SeriesRow {
  id: number;
  patient_id: number;
  motif_id: number;
  label: string;
}
