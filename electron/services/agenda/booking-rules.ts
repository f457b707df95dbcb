import { DomainError } from '../../api/common/result.js';
import { frTime } from '../../api/common/french.js';
import type { Appointment, BookInput, Motif, Period } from '../../api/common/schemas/agenda.js';
import { addMinutes, epochOf, localOf, minutesOf, nextDay, timeOf } from '../../lib/paris-time.js';
import { closedBecause, openingsOn, type PracticeCalendar } from './schedule.js';
import { heldOpenTo } from './slot-finder.js';
import type { AgendaStore, AppointmentRow, MotifRow, PeriodRow } from './store.js';

export const toMotif = (row: MotifRow): Motif => ({
  id: row.id,
  label: row.label,
  durationMinutes: row.duration_minutes,
  colour: row.colour as Motif['colour'],
  room: row.room,
  instructions: row.instructions,
  emergencyAllowed: row.emergency_allowed === 1,
  practitionerIds: JSON.parse(row.practitioner_ids) as number[],
  active: row.active === 1,
  version: row.version,
});

export const toPeriod = (row: PeriodRow): Period => ({
  id: row.id,
  practitionerId: row.practitioner_id,
  weekday: row.weekday,
  startTime: row.start_time,
  endTime: row.end_time,
  room: row.room,
  heldForEmergencies: row.held_for_emergencies === 1,
  release: row.release,
  validFrom: row.valid_from,
  validUntil: row.valid_until,
});

export const appointmentFromRow = (
  row: AppointmentRow,
  patientName: (id: number) => string,
  patientBirthDate: (id: number) => string,
): Appointment => ({
  id: row.id,
  practitionerId: row.practitioner_id,
  patientId: row.patient_id,
  patientName: patientName(row.patient_id),
  patientBirthDate: patientBirthDate(row.patient_id),
  motifId: row.motif_id,
  motifLabel: row.motif_label,
  date: row.local_date,
  time: row.local_time,
  endTime: localOf(Date.parse(row.ends_at)).time,
  status: row.status,
  notes: row.notes,
  room: row.room,
  seriesId: row.series_id,
});

/**
 * Every reason a booking cannot be made, said with its field; nothing is written before all pass.
 * Returns the instants and the room: the motif's own room (a plaster room), or else the opening's.
 */
export function checkBookable(
  store: AgendaStore,
  input: BookInput,
  chosen: Motif,
  now: number,
  calendar: PracticeCalendar,
): { from: number; to: number; room: string } {
  const { holidayOf, gridMinutes } = calendar;
  if (!chosen.active)
    throw new DomainError('INVALID_INPUT', 'Ce motif n’est plus proposé.', { motifId: 'motif inactif' });
  if (!chosen.practitionerIds.includes(input.practitionerId))
    throw new DomainError('INVALID_INPUT', 'Ce praticien ne fait pas ce motif.', { motifId: 'pas pour ce praticien' });
  const from = epochOf(input.date, input.time);
  const to = addMinutes(input.date, input.time, chosen.durationMinutes);
  if (from <= now) throw new DomainError('INVALID_INPUT', 'Ce créneau est déjà passé.', { time: 'créneau passé' });
  const exceptions = store.exceptionsOn(input.date);
  const start = minutesOf(input.time);
  // One grid for every booking (issue 24 point 10): a 09:07 would leave minutes nobody can book.
  if (start % gridMinutes !== 0) {
    const before = frTime(timeOf(start - (start % gridMinutes)));
    const after = frTime(timeOf(start - (start % gridMinutes) + gridMinutes));
    throw new DomainError(
      'INVALID_INPUT',
      `${frTime(input.time)} n’est pas sur la grille de l’agenda (toutes les ${gridMinutes} minutes) : ${before} ou ${after}.`,
      { time: 'hors de la grille' },
    );
  }
  // An on-call period opens a holiday or a closed day (issue 24), so the openings are looked at
  // before the day is said closed.
  const opening = openingsOn(input.date, input.practitionerId, store.periodsOf(input.practitionerId), exceptions, {
    holidayOf,
    exceptionsOf: store.exceptionsOn,
  }).find((candidate) => candidate.start <= start && start + chosen.durationMinutes <= candidate.end);
  const closed = closedBecause(input.date, input.practitionerId, exceptions, holidayOf);
  if (!opening && closed)
    throw new DomainError('INVALID_INPUT', `Pas de consultation ce jour-là : ${closed}.`, { date: closed });
  if (!opening)
    throw new DomainError(
      'INVALID_INPUT',
      `${frTime(input.time)} est en dehors des heures d’ouverture de ce praticien.`,
      {
        time: 'hors des heures d’ouverture',
      },
    );
  if (opening.emergencyOnly && !chosen.emergencyAllowed)
    throw new DomainError('INVALID_INPUT', 'Garde ouverte aux seuls motifs d’urgence : ce motif n’y est pas pris.', {
      motifId: 'pas pendant la garde',
    });
  if (!heldOpenTo(opening, input.urgency, chosen.emergencyAllowed, now))
    throw new DomainError('INVALID_INPUT', 'Créneau réservé aux urgences (pas encore libéré pour ce motif).', {
      time: 'réservé aux urgences',
    });
  return { from, to, room: chosen.room || opening.room };
}

/**
 * Inside the booking transaction: whoever comes second sees the first booking (issue 12), for
 * the practitioner and for the patient, who cannot be in two places at once (issue 24); the
 * other appointment is named.
 */
export function refuseOverlap(
  store: AgendaStore,
  booking: { practitionerId: number; patientId: number; date: string; from: number; to: number },
  names: ReadonlyMap<number, string>,
) {
  const { from, to } = booking;
  const overlaps = (row: { starts_at: string; ends_at: string }) =>
    from < Date.parse(row.ends_at) && to > Date.parse(row.starts_at);
  const taken = store.bookedOn(booking.practitionerId, booking.date).find(overlaps);
  if (taken)
    throw new DomainError('CONFLICT', `Créneau déjà pris (rendez-vous de ${frTime(taken.local_time)}).`, {
      time: 'déjà pris',
    });
  const elsewhere = store.patientBookedOn(booking.patientId, booking.date).find(overlaps);
  if (elsewhere)
    throw new DomainError(
      'CONFLICT',
      `Ce patient a déjà un rendez-vous à cette heure : ${frTime(elsewhere.local_time)} avec ${
        names.get(elsewhere.practitioner_id) ?? 'un autre praticien'
      } (${elsewhere.motif_label}).`,
      { time: 'patient déjà pris' },
    );
}

/**
 * A booking checked (`checkBookable`, as of `now`) and written in one transaction with the overlap
 * checked inside it, for the practitioner and the patient; `first` runs inside the transaction
 * before that check (a move frees the slot it leaves). The one way book, move and series write.
 */
export function insertBooking(
  store: AgendaStore,
  booking: BookInput,
  context: {
    chosen: Motif;
    now: number;
    calendar: PracticeCalendar;
    names: ReadonlyMap<number, string>;
    userId: number;
    writtenAt: string;
    seriesId: number | null;
    first?: () => void;
  },
): number {
  const { from, to, room } = checkBookable(store, booking, context.chosen, context.now, context.calendar);
  return store.insertAppointment(
    {
      practitionerId: booking.practitionerId,
      patientId: booking.patientId,
      motifId: booking.motifId,
      startsAt: new Date(from).toISOString(),
      endsAt: new Date(to).toISOString(),
      date: booking.date,
      time: booking.time,
      notes: booking.notes,
      inboxMessageId: booking.inboxMessageId,
      userId: context.userId,
      now: context.writtenAt,
      room,
      seriesId: context.seriesId,
    },
    () => {
      context.first?.();
      refuseOverlap(store, { ...booking, from, to }, context.names);
    },
  );
}

/** A walk-in's length: its motif's, when this practitioner does that motif. */
export function motifDurationFor(motifs: readonly Motif[], motifId: number, practitionerId: number): number {
  const motif = motifs.find((candidate) => candidate.id === motifId);
  if (!motif) throw new DomainError('NOT_FOUND', 'Motif introuvable.', { motifId: 'introuvable' });
  if (!motif.practitionerIds.includes(practitionerId))
    throw new DomainError('INVALID_INPUT', 'Ce praticien ne fait pas ce motif.', {
      motifId: 'pas pour ce praticien',
    });
  return motif.durationMinutes;
}

/** A calendar view reads six weeks at most, and never backwards. */
export function checkSpan(from: string, to: string): void {
  if (to < from || to > nextDay(from, 42))
    throw new DomainError('INVALID_INPUT', 'Période : la fin après le début, six semaines au plus.', {
      to: 'période invalide',
    });
}
