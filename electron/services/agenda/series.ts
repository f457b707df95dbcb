import { DomainError } from '../../api/common/result.js';
import { frDate, frTime } from '../../api/common/french.js';
import type { Appointment, BookInput, Motif } from '../../api/common/schemas/agenda.js';
import type {
  BookSeriesInput,
  PlannedOccurrence,
  PlanSeriesInput,
  Series,
  SeriesPattern,
} from '../../api/common/schemas/agenda-series.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { dateAfter, epochOf, nextDay, todayAt } from '../../lib/paris-time.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { PatientExistence } from '../patients/service.js';
import { checkBookable, insertBooking, refuseOverlap, toMotif } from './booking-rules.js';
import type { PracticeCalendar } from './schedule.js';
import { findSlots } from './slot-finder.js';
import type { AgendaStore, AppointmentRow } from './store.js';

export interface SeriesDeps {
  store: AgendaStore;
  clock: Clock;
  audit: AuditService;
  patients: PatientExistence;
  calendar: () => PracticeCalendar;
  practitionerNames: () => ReadonlyMap<number, string>;
  requirePractitioner: (id: number, field: string) => unknown;
  toAppointment: (row: AppointmentRow) => Appointment;
}

const ordinal = (index: number) => (index === 0 ? '1er' : `${String(index + 1)}e`);

/** The days a pattern names, in order, each once: calendar days, so 09:00 stays 09:00 across a change of hour. */
export function seriesDates(pattern: SeriesPattern): string[] {
  if (pattern.kind === 'weekly')
    return Array.from({ length: pattern.count }, (_, index) =>
      nextDay(pattern.firstDate, index * 7 * pattern.everyWeeks),
    );
  const dates = pattern.offsets.map((offset) => dateAfter(pattern.fromDate, offset.amount, offset.unit));
  return [...new Set(dates)].sort();
}

/**
 * Series of follow-ups (issue 24 point 15): planned first, each occurrence checked like a single
 * booking, and what is wrong shown with the nearest slot that is free; booked in one go as the
 * person settled it (all or nothing); moved or cancelled whole, or one occurrence at a time
 * (agenda.move and agenda.cancel keep an occurrence in its series).
 */
export function createSeries(deps: SeriesDeps) {
  const { store, clock } = deps;
  const motifOf = (id: number): Motif => {
    const row = store.motifs().find((candidate) => candidate.id === id);
    if (!row) throw new DomainError('NOT_FOUND', `Motif introuvable (n° ${id}).`, { motifId: 'motif introuvable' });
    return toMotif(row);
  };

  /** Why this booking could not be made now, or null; nothing is written. */
  function problemOf(booking: BookInput, chosen: Motif, calendar: PracticeCalendar): string | null {
    try {
      const { from, to } = checkBookable(store, booking, chosen, clock(), calendar);
      refuseOverlap(store, { ...booking, from, to }, deps.practitionerNames());
      return null;
    } catch (error) {
      if (error instanceof DomainError) return error.message;
      throw error;
    }
  }

  /** Checks and writes one occurrence, its refusal naming which one it is. */
  function bookOne(
    booking: BookInput,
    context: { chosen: Motif; calendar: PracticeCalendar; seriesId: number; index: number; userId: number },
  ): number {
    try {
      return insertBooking(store, booking, {
        chosen: context.chosen,
        now: clock(),
        calendar: context.calendar,
        names: deps.practitionerNames(),
        userId: context.userId,
        writtenAt: isoAt(clock),
        seriesId: context.seriesId,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const which = `${ordinal(context.index)} rendez-vous (${frDate(booking.date)} à ${frTime(booking.time)})`;
      throw new DomainError(error.code, `${which} : ${error.message} Rien n’a été réservé.`, {
        occurrences: `${which} : ${error.message}`,
        ...error.fields,
      });
    }
  }

  function requireSeries(id: number) {
    const row = store.series(id);
    if (!row) throw new DomainError('NOT_FOUND', `Série introuvable (n° ${id}).`, { seriesId: 'introuvable' });
    return row;
  }

  const get = (id: number): Series => {
    const row = requireSeries(id);
    return {
      id: row.id,
      patientId: row.patient_id,
      motifId: row.motif_id,
      label: row.label,
      appointments: store.seriesAppointments(id).map(deps.toAppointment),
    };
  };

  /** The occurrences still to come and booked: what moving or cancelling the series touches. */
  const ahead = (id: number) =>
    store.seriesAppointments(id).filter((row) => row.status === 'booked' && Date.parse(row.starts_at) > clock());

  return {
    plan(input: PlanSeriesInput): PlannedOccurrence[] {
      deps.patients.require(input.patientId, 'patientId');
      deps.requirePractitioner(input.practitionerId, 'practitionerId');
      const chosen = motifOf(input.motifId);
      const calendar = deps.calendar();
      const names = deps.practitionerNames();
      return seriesDates(input.pattern).map((date) => {
        const booking: BookInput = {
          patientId: input.patientId,
          practitionerId: input.practitionerId,
          motifId: input.motifId,
          date,
          time: input.time,
          urgency: 'programme',
          notes: '',
          inboxMessageId: null,
        };
        const problem = problemOf(booking, chosen, calendar);
        if (problem === null)
          return { date, time: input.time, practitionerId: input.practitionerId, problem, alternative: null };
        // The free slot nearest the asked hour, from that day on, same practitioner: the person decides.
        const asked = epochOf(date, input.time);
        const [nearest] = findSlots(
          store,
          {
            motifId: input.motifId,
            practitionerIds: [input.practitionerId],
            urgency: 'programme',
            mornings: false,
            afternoons: false,
            notWeekdays: [],
            after: date < todayAt(clock()) ? null : date,
            limit: 20,
            patientId: input.patientId,
          },
          chosen,
          names,
          clock(),
          calendar,
        )
          // As far before as after: the later one (the patient planned to come at that hour).
          .sort(
            (a, b) =>
              Math.abs(Date.parse(a.startsAt) - asked) - Math.abs(Date.parse(b.startsAt) - asked) ||
              Date.parse(b.startsAt) - Date.parse(a.startsAt),
          );
        return {
          date,
          time: input.time,
          practitionerId: input.practitionerId,
          problem,
          alternative: nearest
            ? { date: nearest.date, time: nearest.time, practitionerId: nearest.practitionerId }
            : null,
        };
      });
    },

    book(input: BookSeriesInput, actor: Actor): Series {
      deps.patients.require(input.patientId, 'patientId');
      const chosen = motifOf(input.motifId);
      const calendar = deps.calendar();
      const occurrences = [...input.occurrences].sort((a, b) =>
        `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`),
      );
      for (const occurrence of occurrences) deps.requirePractitioner(occurrence.practitionerId, 'occurrences');
      const seriesId = store.inTransaction(() => {
        const id = store.insertSeries({
          patientId: input.patientId,
          motifId: input.motifId,
          label: input.label,
          userId: actor.userId,
          now: isoAt(clock),
        });
        occurrences.forEach((occurrence, index) =>
          bookOne(
            {
              ...occurrence,
              patientId: input.patientId,
              motifId: input.motifId,
              urgency: 'programme',
              notes: '',
              inboxMessageId: null,
            },
            { chosen, calendar, seriesId: id, index, userId: actor.userId },
          ),
        );
        return id;
      });
      store.waitlistBooked(input.patientId, input.motifId);
      deps.audit.trace(
        actor,
        'agenda.bookSeries',
        input.patientId,
        occurrences.map((occurrence) => `${occurrence.date} ${occurrence.time}`).join(', '),
      );
      return get(seriesId);
    },

    get,

    /** Every occurrence still to come, shifted by days and/or set to another hour; all or none. */
    moveAll(input: { seriesId: number; shiftDays: number; time: string | null; reason: string }, actor: Actor): Series {
      const series = requireSeries(input.seriesId);
      const rows = ahead(input.seriesId);
      if (rows.length === 0)
        throw new DomainError('CONFLICT', 'Plus aucun rendez-vous à venir dans cette série.', {
          seriesId: 'rien à déplacer',
        });
      if (input.shiftDays === 0 && (input.time === null || rows.every((row) => row.local_time === input.time)))
        throw new DomainError('INVALID_INPUT', 'Déplacer la série : un décalage en jours ou une autre heure.', {
          shiftDays: 'rien ne change',
        });
      const chosen = motifOf(series.motif_id);
      const calendar = deps.calendar();
      store.inTransaction(() => {
        // Freed first: a series moved by a day may land on its own next slot.
        for (const row of rows) store.setStatus(row.id, 'cancelled', `déplacé (série) : ${input.reason}`);
        rows.forEach((row, index) =>
          bookOne(
            {
              patientId: row.patient_id,
              practitionerId: row.practitioner_id,
              motifId: row.motif_id,
              date: nextDay(row.local_date, input.shiftDays),
              time: input.time ?? row.local_time,
              urgency: 'programme',
              notes: row.notes,
              inboxMessageId: null,
            },
            { chosen, calendar, seriesId: series.id, index, userId: actor.userId },
          ),
        );
      });
      deps.audit.trace(
        actor,
        'agenda.moveSeries',
        series.patient_id,
        `${String(rows.length)} rendez-vous, ${String(input.shiftDays)} j${input.time ? `, à ${input.time}` : ''} : ${input.reason}`,
      );
      return get(series.id);
    },

    /** Cancels every occurrence still to come; those past stay as they were. */
    cancelAll(input: { seriesId: number; reason: string }, actor: Actor): Series {
      const series = requireSeries(input.seriesId);
      const rows = ahead(input.seriesId);
      if (rows.length === 0)
        throw new DomainError('CONFLICT', 'Plus aucun rendez-vous à venir dans cette série.', {
          seriesId: 'rien à annuler',
        });
      store.inTransaction(() => {
        for (const row of rows) store.setStatus(row.id, 'cancelled', `série annulée : ${input.reason}`);
      });
      deps.audit.trace(
        actor,
        'agenda.cancelSeries',
        series.patient_id,
        `${String(rows.length)} rendez-vous : ${input.reason}`,
      );
      return get(series.id);
    },
  };
}
export type SeriesService = ReturnType<typeof createSeries>;
