import { DomainError, staleEditError } from '../../api/common/result.js';
import { noShowRefusal } from '../../api/common/no-show.js';
import type {
  AgendaException,
  Appointment,
  BookInput,
  ExceptionInput,
  FindSlotsInput,
  FlowStep,
  Motif,
  MotifInput,
  Period,
  PeriodInput,
} from '../../api/common/schemas/agenda.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import { epochOf, localOf } from '../../lib/paris-time.js';
import { checkSpan, insertBooking, appointmentFromRow, toMotif, toPeriod } from './booking-rules.js';
import { findSlots } from './slot-finder.js';
import { exceptionDays } from './exception-days.js';
import { slotAdvice } from './slot-advice.js';
import type { PracticeCalendar } from './schedule.js';
import type { PatientExistence } from '../patients/service.js';
import type { AgendaStore, AppointmentRow, MotifRow } from './store.js';
import type { AgendaService } from './interface.js';

/** Motifs, the slot finder and bookings (issue 12). */
export function createAgendaService(deps: {
  store: AgendaStore;
  audit: AuditService;
  clock: Clock;
  practitionerNames: () => ReadonlyMap<number, string>;
  requirePractitioner: (id: number, field: string) => unknown;
  patients: PatientExistence;
  patientName: (id: number) => string;
  patientBirthDate: (id: number) => string;
  messageBooked: (messageId: number) => void;
  /** The practice's holidays and grid (Cabinet, issue 24 points 2 and 10), read at each search. */
  calendar: () => PracticeCalendar;
}): AgendaService {
  const { store, clock } = deps;

  function motif(id: number): Motif {
    const row = store.motifs().find((candidate) => candidate.id === id);
    if (!row) throw new DomainError('NOT_FOUND', `Motif introuvable (n° ${id}).`, { motifId: 'motif introuvable' });
    return toMotif(row);
  }

  const toAppointment = (row: AppointmentRow) => appointmentFromRow(row, deps.patientName, deps.patientBirthDate);
  /** A motif's waiting list (or everyone's, motif null), in the order patients asked. */
  const offersOf = (
    motifId: number | null,
    keep: (entry: { patient_id: number; practitioner_id: number | null }) => boolean,
  ) =>
    (motifId === null ? store.waitlistAll() : store.waitlist(motifId)).filter(keep).map((entry) => ({
      id: entry.id,
      patientId: entry.patient_id,
      patientName: deps.patientName(entry.patient_id),
      patientBirthDate: deps.patientBirthDate(entry.patient_id),
      motifId: entry.motif_id,
      practitionerId: entry.practitioner_id,
      askedOn: entry.asked_on,
      note: entry.note,
    }));

  return {
    motifs: () => store.motifs().map(toMotif),
    /** Creates a motif, or changes one based on `input.version` (refused with both versions if it moved since). */
    saveMotif(input: MotifInput, userId: number): number {
      if (input.id !== null && !store.motifExists(input.id))
        throw new DomainError('NOT_FOUND', `Motif introuvable (n° ${input.id}).`, { id: 'motif introuvable' });
      for (const id of input.practitionerIds) deps.requirePractitioner(id, 'practitionerIds');
      const saved = store.saveMotif(input, userId, isoAt(clock));
      if (saved !== null) return saved;
      const row = store.motifRow(input.id ?? 0);
      const { version, id: _id, ...current } = toMotif(row as MotifRow);
      throw staleEditError(
        'Ce motif',
        { by: row?.updated_by_name ?? null, at: row?.updated_at ?? isoAt(clock), version, current },
        clock(),
      );
    },
    periods(practitionerId: number): Period[] {
      deps.requirePractitioner(practitionerId, 'practitionerId');
      return store.periodsOf(practitionerId).map(toPeriod);
    },
    addPeriod(input: PeriodInput): number {
      deps.requirePractitioner(input.practitionerId, 'practitionerId');
      return store.addPeriod(input);
    },
    removePeriod(id: number): void {
      if (store.removePeriod(id) === 0) throw new DomainError('NOT_FOUND', 'Plage introuvable.', { id: 'introuvable' });
    },
    addException(input: ExceptionInput): { id: number; days: number } {
      if (input.practitionerId !== null) deps.requirePractitioner(input.practitionerId, 'practitionerId');
      if (
        input.startTime === null ? input.endTime !== null : input.endTime === null || input.endTime <= input.startTime
      )
        throw new DomainError('INVALID_INPUT', 'Heures de l’exception : un début et une fin, la fin après le début.', {
          endTime: 'fin invalide',
        });
      // A garde opens the hours it names (issue 24): without hours there would be nothing to open.
      if (input.kind === 'on-call' && input.startTime === null)
        throw new DomainError('INVALID_INPUT', 'Garde : les heures ouvertes (de, à) sont à indiquer.', {
          startTime: 'heures de garde manquantes',
        });
      const { untilDate, ...day } = input;
      const days = exceptionDays(day.date, untilDate);
      const ids = store.addExceptions(days.map((date) => ({ ...day, date })));
      return { id: ids[0] ?? 0, days: ids.length };
    },
    addWaiting(input: { patientId: number; motifId: number; practitionerId: number | null; note: string }): number {
      deps.patients.require(input.patientId, 'patientId');
      if (input.practitionerId !== null) deps.requirePractitioner(input.practitionerId, 'practitionerId');
      motif(input.motifId);
      return store.addWaiting({ ...input, askedOn: isoAt(clock) });
    },
    waitlist: () => offersOf(null, () => true),
    withdrawWaiting(id: number): void {
      if (store.withdrawWaiting(id) === 0)
        throw new DomainError('NOT_FOUND', `Demande introuvable ou déjà traitée (n° ${id}).`, { id: 'introuvable' });
    },
    findSlots(input: FindSlotsInput) {
      const chosen = motif(input.motifId);
      if (input.patientId !== null) deps.patients.require(input.patientId, 'patientId');
      return findSlots(store, input, chosen, deps.practitionerNames(), clock(), deps.calendar());
    },
    slotAdvice(input: FindSlotsInput) {
      const chosen = motif(input.motifId);
      if (input.patientId !== null) deps.patients.require(input.patientId, 'patientId');
      const names = deps.practitionerNames();
      const now = clock();
      const calendar = deps.calendar();
      const slots = findSlots(store, input, chosen, names, now, calendar);
      return slotAdvice(store, input, chosen, names, slots, now, calendar.holidayOf);
    },
    /**
     * Books a slot. `takenPlace` is for an appointment of earlier today entered after the fact
     * (the demonstration's morning, not the API): every rule is checked as if booked just
     * before it, and the patient's step in the waiting room is recorded with its times.
     */
    book(
      input: BookInput,
      actor: Actor,
      takenPlace?: { flow: FlowStep; flowTimes: Record<string, string> },
    ): Appointment {
      deps.patients.require(input.patientId, 'patientId');
      deps.requirePractitioner(input.practitionerId, 'practitionerId');
      const chosen = motif(input.motifId);
      const now = takenPlace ? Math.min(clock(), epochOf(input.date, input.time) - 60_000) : clock();
      const id = insertBooking(store, input, {
        chosen,
        now,
        calendar: deps.calendar(),
        names: deps.practitionerNames(),
        userId: actor.userId,
        writtenAt: isoAt(clock),
        seriesId: null,
      });
      store.waitlistBooked(input.patientId, input.motifId);
      if (takenPlace) store.setFlow(id, takenPlace.flow, JSON.stringify(takenPlace.flowTimes));
      if (input.inboxMessageId !== null) deps.messageBooked(input.inboxMessageId);
      deps.audit.trace(actor, 'agenda.book', input.patientId, `${input.date} ${input.time}`);
      return toAppointment(store.appointment(id) as AppointmentRow);
    },
    /**
     * Moves an appointment: the new slot is checked like a booking and taken in the same
     * transaction as the old one is freed; the freed slot is offered to the waiting list.
     */
    move(
      input: { id: number; date: string; time: string; practitionerId: number | null; reason: string },
      actor: Actor,
    ) {
      const row = store.appointment(input.id);
      if (!row) throw new DomainError('NOT_FOUND', `Rendez-vous introuvable (n° ${input.id}).`, { id: 'introuvable' });
      if (row.status !== 'booked') throw new DomainError('CONFLICT', 'Ce rendez-vous est annulé.', { id: 'annulé' });
      const practitionerId = input.practitionerId ?? row.practitioner_id;
      deps.requirePractitioner(practitionerId, 'practitionerId');
      const chosen = motif(row.motif_id);
      const booking: BookInput = {
        patientId: row.patient_id,
        practitionerId,
        motifId: row.motif_id,
        date: input.date,
        time: input.time,
        urgency: 'programme',
        notes: row.notes,
        inboxMessageId: null,
      };
      const id = insertBooking(store, booking, {
        chosen,
        now: clock(),
        calendar: deps.calendar(),
        names: deps.practitionerNames(),
        userId: actor.userId,
        writtenAt: isoAt(clock),
        // A moved occurrence stays in its series (issue 24 point 15).
        seriesId: row.series_id,
        // The old slot is freed first: moving later the same morning may overlap it.
        first: () => store.setStatus(row.id, 'cancelled', `déplacé : ${input.reason}`),
      });
      deps.audit.trace(
        actor,
        'agenda.move',
        row.patient_id,
        `${row.local_date} ${row.local_time} → ${input.date} ${input.time} : ${input.reason}`,
      );
      return {
        appointment: toAppointment(store.appointment(id) as AppointmentRow),
        offers: offersOf(row.motif_id, (entry) => entry.patient_id !== row.patient_id),
      };
    },
    between(practitionerId: number, from: string, to: string): Appointment[] {
      deps.requirePractitioner(practitionerId, 'practitionerId');
      checkSpan(from, to);
      return store.between(practitionerId, from, to).map(toAppointment);
    },
    roomBetween(room: string, from: string, to: string): Appointment[] {
      checkSpan(from, to);
      return store.roomBetween(room, from, to).map(toAppointment);
    },
    rooms: () => store.rooms(),
    ofPatient(patientId: number) {
      deps.patients.require(patientId, 'patientId');
      return {
        upcoming: store.ofPatient(patientId, localOf(clock()).date).map(toAppointment),
        noShows: store.noShows(patientId),
      };
    },
    exceptionsFrom: (from: string): AgendaException[] =>
      store.exceptionsFrom(from).map((row) => ({
        id: row.id,
        practitionerId: row.practitioner_id,
        date: row.date,
        startTime: row.start_time,
        endTime: row.end_time,
        kind: row.kind as AgendaException['kind'],
        label: row.label,
        onCallScope: row.on_call_scope,
      })),
    removeException(id: number): void {
      if (store.removeException(id) === 0)
        throw new DomainError('NOT_FOUND', `Exception introuvable (n° ${id}).`, { id: 'introuvable' });
    },
    day: (practitionerId: number, date: string) => store.dayOf(practitionerId, date).map(toAppointment),
    /** The day of an appointment (its waiting room is told of a change), '' when there is none. */
    dateOf: (id: number): string => store.appointment(id)?.local_date ?? '',
    /** Cancels (or records a no-show); the freed slot is offered to the waiting list of the motif, in order. */
    cancel(id: number, reason: string, noShow: boolean, actor: Actor) {
      const row = store.appointment(id);
      if (!row) throw new DomainError('NOT_FOUND', `Rendez-vous introuvable (n° ${id}).`, { id: 'introuvable' });
      if (row.status !== 'booked')
        throw new DomainError('CONFLICT', 'Ce rendez-vous est déjà annulé.', { id: 'déjà annulé' });
      const early = noShow ? noShowRefusal({ date: row.local_date, time: row.local_time }, clock()) : null;
      if (early) throw new DomainError('CONFLICT', early, { noShow: 'trop tôt' });
      store.setStatus(id, noShow ? 'no-show' : 'cancelled', reason);
      deps.audit.trace(actor, noShow ? 'agenda.noShow' : 'agenda.cancel', row.patient_id, reason);
      return {
        noShows: store.noShows(row.patient_id),
        offers: offersOf(
          row.motif_id,
          (entry) => entry.practitioner_id === null || entry.practitioner_id === row.practitioner_id,
        ),
      };
    },
  };
}
export type { AgendaService } from './interface.js';
