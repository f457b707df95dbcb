import type { OutputOf } from '../../api/common/contract.js';
import type {
  AgendaException,
  Appointment,
  BookInput,
  ExceptionInput,
  FindSlotsInput,
  FlowStep,
  MotifInput,
  Period,
  PeriodInput,
} from '../../api/common/schemas/agenda.js';
import type { Actor } from '../audit/service.js';

/** What the agenda offers: motifs, opening periods and exceptions, the slot finder, bookings and the waiting list (issue 12). */
export interface AgendaService {
  motifs: () => OutputOf<'agenda.motifs'>;
  /** Creates a motif, or changes one based on `input.version` (refused with both versions if it moved since). */
  saveMotif(input: MotifInput, userId: number): number;
  periods(practitionerId: number): Period[];
  addPeriod(input: PeriodInput): number;
  removePeriod(id: number): void;
  /** One entry per day of the range, written together (a week's absence is typed once). */
  addException(input: ExceptionInput): { id: number; days: number };
  addWaiting(input: { patientId: number; motifId: number; practitionerId: number | null; note: string }): number;
  waitlist: () => OutputOf<'agenda.waitlist'>;
  withdrawWaiting(id: number): void;
  findSlots(input: FindSlotsInput): OutputOf<'agenda.findSlots'>;
  /** What the finder says beside its list, and the walk-in it offers (issue 24). */
  slotAdvice(input: FindSlotsInput): OutputOf<'agenda.slotAdvice'>;
  /**
   * Books a slot. `takenPlace` is for an appointment of earlier today entered after the fact
   * (the demonstration's morning, not the API): every rule is checked as if booked just
   * before it, and the patient's step in the waiting room is recorded with its times.
   */
  book(
    input: BookInput,
    actor: Actor,
    takenPlace?: {
      flow: FlowStep;
      flowTimes: Record<string, string>;
    },
  ): Appointment;
  /**
   * Moves an appointment: the new slot is checked like a booking and taken in the same
   * transaction as the old one is freed; the freed slot is offered to the waiting list.
   */
  move(
    input: {
      id: number;
      date: string;
      time: string;
      practitionerId: number | null;
      reason: string;
    },
    actor: Actor,
  ): OutputOf<'agenda.move'>;
  between(practitionerId: number, from: string, to: string): Appointment[];
  roomBetween(room: string, from: string, to: string): Appointment[];
  rooms: () => string[];
  ofPatient(patientId: number): OutputOf<'agenda.ofPatient'>;
  exceptionsFrom: (from: string) => AgendaException[];
  removeException(id: number): void;
  day: (practitionerId: number, date: string) => OutputOf<'agenda.day'>;
  /** The day of an appointment (its waiting room is told of a change), '' when there is none. */
  dateOf: (id: number) => string;
  /** Cancels (or records a no-show); the freed slot is offered to the waiting list of the motif, in order. */
  cancel(id: number, reason: string, noShow: boolean, actor: Actor): OutputOf<'agenda.cancel'>;
}
