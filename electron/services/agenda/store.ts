import type { Db } from '../../../db/connection.js';
import { createAppointmentStore } from './appointment-store.js';
import { createScheduleStore } from './schedule-store.js';
import { createSeriesStore } from './series-store.js';

export type {
  AppointmentRow,
  AppointmentValues,
  BookedSlotRow,
  ExceptionRow,
  MotifRow,
  PatientBookedRow,
  PeriodRow,
  SeriesRow,
  WaitingRow,
  WaitingValues,
  WalkInValues,
} from './store-rows.js';

/**
 * The agenda's SQL, every statement prepared once when the area opens: the practice's schedule
 * (motifs, periods, exceptions) and its appointments with the waiting list (issue 21).
 */
export function createAgendaStore(db: Db) {
  return { ...createScheduleStore(db), ...createAppointmentStore(db), ...createSeriesStore(db) };
}
export type AgendaStore = ReturnType<typeof createAgendaStore>;
