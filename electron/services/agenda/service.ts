import { DomainError } from '../../api/result.js';
import type {
  Appointment,
  BookInput,
  ExceptionInput,
  FindSlotsInput,
  Motif,
  MotifInput,
  PeriodInput,
} from '../../api/schemas/agenda.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import { addMinutes, epochOf, localOf, minutesOf } from './paris-time.js';
import { closedBecause, openingsOn } from './schedule.js';
import { findSlots, heldOpenTo } from './slot-finder.js';
import type { AgendaStore, AppointmentRow, MotifRow } from './store.js';

const toMotif = (row: MotifRow): Motif => ({
  id: row.id,
  label: row.label,
  durationMinutes: row.duration_minutes,
  colour: row.colour as Motif['colour'],
  room: row.room,
  instructions: row.instructions,
  emergencyAllowed: row.emergency_allowed === 1,
  practitionerIds: JSON.parse(row.practitioner_ids) as number[],
  active: row.active === 1,
});

const hourText = (time: string) => time.replace(':', ' h ');

/** Motifs, the slot finder and bookings (issue 12). */
export function createAgendaService(deps: {
  store: AgendaStore;
  audit: AuditService;
  clock: Clock;
  practitionerNames: () => ReadonlyMap<number, string>;
  requirePractitioner: (id: number, field: string) => unknown;
  requirePatient: (id: number, field: string) => unknown;
  patientName: (id: number) => string;
  messageBooked: (messageId: number) => void;
}) {
  const { store, clock } = deps;

  function motif(id: number): Motif {
    const row = store.motifs().find((candidate) => candidate.id === id);
    if (!row) throw new DomainError('NOT_FOUND', `Motif introuvable (n° ${id}).`, { motifId: 'motif introuvable' });
    return toMotif(row);
  }

  const toAppointment = (row: AppointmentRow): Appointment => ({
    id: row.id,
    practitionerId: row.practitioner_id,
    patientId: row.patient_id,
    patientName: deps.patientName(row.patient_id),
    motifId: row.motif_id,
    motifLabel: row.motif_label,
    date: row.local_date,
    time: row.local_time,
    endTime: localOf(Date.parse(row.ends_at)).time,
    status: row.status,
    notes: row.notes,
  });

  /** Every reason a booking cannot be made, said with its field; nothing is written before all pass. */
  function checkBookable(input: BookInput, chosen: Motif, now: number): { from: number; to: number } {
    if (!chosen.active)
      throw new DomainError('INVALID_INPUT', 'Ce motif n’est plus proposé.', { motifId: 'motif inactif' });
    if (!chosen.practitionerIds.includes(input.practitionerId))
      throw new DomainError('INVALID_INPUT', 'Ce praticien ne fait pas ce motif.', {
        motifId: 'pas pour ce praticien',
      });
    const from = epochOf(input.date, input.time);
    const to = addMinutes(input.date, input.time, chosen.durationMinutes);
    if (from <= now) throw new DomainError('INVALID_INPUT', 'Ce créneau est déjà passé.', { time: 'créneau passé' });
    const exceptions = store.exceptionsOn(input.date);
    const closed = closedBecause(input.date, input.practitionerId, exceptions);
    if (closed) throw new DomainError('INVALID_INPUT', `Pas de consultation ce jour-là : ${closed}.`, { date: closed });
    const start = minutesOf(input.time);
    const opening = openingsOn(
      input.date,
      input.practitionerId,
      store.periodsOf(input.practitionerId),
      exceptions,
    ).find((candidate) => candidate.start <= start && start + chosen.durationMinutes <= candidate.end);
    if (!opening)
      throw new DomainError(
        'INVALID_INPUT',
        `${hourText(input.time)} est en dehors des heures d’ouverture de ce praticien.`,
        {
          time: 'hors des heures d’ouverture',
        },
      );
    if (!heldOpenTo(opening, input.urgency, chosen.emergencyAllowed, now))
      throw new DomainError('INVALID_INPUT', 'Créneau réservé aux urgences (pas encore libéré pour ce motif).', {
        time: 'réservé aux urgences',
      });
    return { from, to };
  }

  return {
    motifs: () => store.motifs().map(toMotif),
    saveMotif(input: MotifInput): number {
      if (input.id !== null && !store.motifExists(input.id))
        throw new DomainError('NOT_FOUND', `Motif introuvable (n° ${input.id}).`, { id: 'motif introuvable' });
      for (const id of input.practitionerIds) deps.requirePractitioner(id, 'practitionerIds');
      return store.saveMotif(input);
    },
    addPeriod(input: PeriodInput): number {
      deps.requirePractitioner(input.practitionerId, 'practitionerId');
      return store.addPeriod(input);
    },
    addException(input: ExceptionInput): number {
      if (input.practitionerId !== null) deps.requirePractitioner(input.practitionerId, 'practitionerId');
      if (
        input.startTime === null ? input.endTime !== null : input.endTime === null || input.endTime <= input.startTime
      )
        throw new DomainError('INVALID_INPUT', 'Heures de l’exception : un début et une fin, la fin après le début.', {
          endTime: 'fin invalide',
        });
      return store.addException(input);
    },
    addWaiting(input: { patientId: number; motifId: number; practitionerId: number | null; note: string }): number {
      deps.requirePatient(input.patientId, 'patientId');
      if (input.practitionerId !== null) deps.requirePractitioner(input.practitionerId, 'practitionerId');
      motif(input.motifId);
      return store.addWaiting({ ...input, askedOn: isoAt(clock) });
    },
    findSlots(input: FindSlotsInput) {
      const chosen = motif(input.motifId);
      return findSlots(store, input, chosen, deps.practitionerNames(), clock());
    },
    book(input: BookInput, actor: Actor): Appointment {
      deps.requirePatient(input.patientId, 'patientId');
      deps.requirePractitioner(input.practitionerId, 'practitionerId');
      const chosen = motif(input.motifId);
      const now = clock();
      const { from, to } = checkBookable(input, chosen, now);
      const id = store.insertAppointment(
        {
          practitionerId: input.practitionerId,
          patientId: input.patientId,
          motifId: input.motifId,
          startsAt: new Date(from).toISOString(),
          endsAt: new Date(to).toISOString(),
          date: input.date,
          time: input.time,
          notes: input.notes,
          inboxMessageId: input.inboxMessageId,
          userId: actor.userId,
          now: isoAt(clock),
        },
        // Inside the transaction: whoever comes second sees the first booking (issue 12).
        () => {
          const taken = store
            .bookedOn(input.practitionerId, input.date)
            .find((row) => from < Date.parse(row.ends_at) && to > Date.parse(row.starts_at));
          if (taken)
            throw new DomainError('CONFLICT', `Créneau déjà pris (rendez-vous de ${hourText(taken.local_time)}).`, {
              time: 'déjà pris',
            });
        },
      );
      store.waitlistBooked(input.patientId, input.motifId);
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
      const { from, to } = checkBookable(booking, chosen, clock());
      const id = store.insertAppointment(
        {
          ...booking,
          startsAt: new Date(from).toISOString(),
          endsAt: new Date(to).toISOString(),
          userId: actor.userId,
          now: isoAt(clock),
        },
        () => {
          // The old slot is freed first: moving later the same morning may overlap it.
          store.setStatus(row.id, 'cancelled', `déplacé : ${input.reason}`);
          const taken = store
            .bookedOn(practitionerId, input.date)
            .find((other) => from < Date.parse(other.ends_at) && to > Date.parse(other.starts_at));
          if (taken)
            throw new DomainError('CONFLICT', `Créneau déjà pris (rendez-vous de ${hourText(taken.local_time)}).`, {
              time: 'déjà pris',
            });
        },
      );
      deps.audit.trace(
        actor,
        'agenda.move',
        row.patient_id,
        `${row.local_date} ${row.local_time} → ${input.date} ${input.time} : ${input.reason}`,
      );
      return {
        appointment: toAppointment(store.appointment(id) as AppointmentRow),
        offers: store
          .waitlist(row.motif_id)
          .filter((entry) => entry.patient_id !== row.patient_id)
          .map((entry) => ({
            id: entry.id,
            patientId: entry.patient_id,
            patientName: deps.patientName(entry.patient_id),
            motifId: entry.motif_id,
            practitionerId: entry.practitioner_id,
            askedOn: entry.asked_on,
            note: entry.note,
          })),
      };
    },
    between: (practitionerId: number, from: string, to: string) =>
      store.between(practitionerId, from, to).map(toAppointment),
    day: (practitionerId: number, date: string) => store.dayOf(practitionerId, date).map(toAppointment),
    /** Cancels (or records a no-show); the freed slot is offered to the waiting list of the motif, in order. */
    cancel(id: number, reason: string, noShow: boolean, actor: Actor) {
      const row = store.appointment(id);
      if (!row) throw new DomainError('NOT_FOUND', `Rendez-vous introuvable (n° ${id}).`, { id: 'introuvable' });
      if (row.status !== 'booked')
        throw new DomainError('CONFLICT', 'Ce rendez-vous est déjà annulé.', { id: 'déjà annulé' });
      store.setStatus(id, noShow ? 'no-show' : 'cancelled', reason);
      deps.audit.trace(actor, noShow ? 'agenda.noShow' : 'agenda.cancel', row.patient_id, reason);
      return {
        noShows: store.noShows(row.patient_id),
        offers: store
          .waitlist(row.motif_id)
          .filter((entry) => entry.practitioner_id === null || entry.practitioner_id === row.practitioner_id)
          .map((entry) => ({
            id: entry.id,
            patientId: entry.patient_id,
            patientName: deps.patientName(entry.patient_id),
            motifId: entry.motif_id,
            practitionerId: entry.practitioner_id,
            askedOn: entry.asked_on,
            note: entry.note,
          })),
      };
    },
  };
}
export type AgendaService = ReturnType<typeof createAgendaService>;
