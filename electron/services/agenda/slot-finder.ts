import type { FindSlotsInput, Slot } from '../../api/common/schemas/agenda.js';
import type { CategoryCode } from '../../api/common/schemas/inbox-protocol.js';
import { dayClock, epochOf, localOf, nextDay, timeOf, todayAt, weekdayOf } from '../../lib/paris-time.js';
import { sameDayWarning } from './patient-day.js';
import { onGrid, openingsOn, type Opening, type PracticeCalendar } from './schedule.js';
import type { AgendaStore, PeriodRow } from './store.js';

/**
 * How far ahead each urgency looks (issue 12): today, 72 hours of real time, or 8 weeks; counted
 * from « pas avant le » when one is given (issue 24: a check « dans 3 mois » found nothing, the
 * window counted from now). An emergency is today's, whatever the date asked.
 */
export function windowFor(
  urgency: CategoryCode,
  now: number,
  after: string | null = null,
): { until: number; label: string } {
  if (urgency === 'urgence-immediate' || urgency === 'urgence-jour')
    return { until: epochOf(nextDay(todayAt(now)), '00:00'), label: 'aujourd’hui' };
  const from = after && after > todayAt(now) ? epochOf(after, '00:00') : now;
  const since = from === now ? '' : ` à partir du ${after?.split('-').reverse().join('/') ?? ''}`;
  if (urgency === 'semi-urgent') return { until: from + 72 * 3_600_000, label: `sous 72 h${since}` };
  return { until: from + 8 * 7 * 86_400_000, label: `dans les 8 semaines${since}` };
}

const URGENT: readonly CategoryCode[] = ['urgence-immediate', 'urgence-jour'];

/**
 * An opening is open to this booking: an on-call period open to emergency motifs only takes a
 * motif allowed on emergency slots (issue 24); a held opening takes an emergency the motif
 * allows, or anyone once it is released.
 */
export function heldOpenTo(opening: Opening, urgency: CategoryCode, emergencyAllowed: boolean, now: number): boolean {
  if (opening.emergencyOnly && !emergencyAllowed) return false;
  if (!opening.held) return true;
  if (URGENT.includes(urgency) && emergencyAllowed) return true;
  return opening.releasedAt !== null && now >= opening.releasedAt;
}

export interface FinderMotif {
  readonly id: number;
  readonly durationMinutes: number;
  readonly emergencyAllowed: boolean;
  readonly practitionerIds: readonly number[];
}

/**
 * The best slots for a motif, ranked (see `rankSlots`), each with why it fits: days are walked from today,
 * every practitioner who does the motif tried on each day, and the walk stops once enough are
 * found, so a busy year costs a few days' reading, not a year's.
 */
export function findSlots(
  store: AgendaStore,
  input: FindSlotsInput,
  motif: FinderMotif,
  names: ReadonlyMap<number, string>,
  now: number,
  calendar: PracticeCalendar,
): Slot[] {
  const { holidayOf, gridMinutes } = calendar;
  const practitioners = (input.practitionerIds.length ? input.practitionerIds : motif.practitionerIds).filter((id) =>
    motif.practitionerIds.includes(id),
  );
  const window = windowFor(input.urgency, now, input.after);
  const periods = new Map<number, PeriodRow[]>(practitioners.map((id) => [id, store.periodsOf(id)]));
  const found: Slot[] = [];
  let date = todayAt(now);
  if (input.after && input.after > date) date = input.after;
  const lastDate = localOf(window.until).date;
  // Three times the slots asked for are gathered, over as many half-days as slots asked for,
  // so that the ranking and the spread below have a choice to make.
  const halfDays = new Set<string>();
  // Within one practitioner's half-day (held or not) the ranking is by time, so only its first
  // few slots can ever be offered: more would only cost time (a week of ten free agendas is
  // 1,600 candidates).
  const perHalfDay = Math.ceil(input.limit / 3) + 1;
  const keptIn = new Map<string, number>();
  // The days looked back to for a release « la veille » (issue 24 point 3), read once each.
  const exceptionsSeen = new Map<string, ReturnType<typeof store.exceptionsOn>>();
  const exceptionsOf = (day: string) => {
    const known = exceptionsSeen.get(day) ?? store.exceptionsOn(day);
    exceptionsSeen.set(day, known);
    return known;
  };
  while (date <= lastDate && (found.length < input.limit * 3 || halfDays.size < input.limit)) {
    const weekday = weekdayOf(date);
    if (!input.notWeekdays.includes(weekday)) {
      const exceptions = exceptionsOf(date);
      const at = dayClock(date);
      // One patient in one place (issue 24): their other appointments of the day are skipped, and named.
      const patientDay = input.patientId === null ? [] : store.patientBookedOn(input.patientId, date);
      const patientBusy = patientDay.map((row) => [Date.parse(row.starts_at), Date.parse(row.ends_at)] as const);
      const warning = sameDayWarning(patientDay, names);
      for (const practitionerId of practitioners) {
        const openings = openingsOn(date, practitionerId, periods.get(practitionerId) ?? [], exceptions, {
          holidayOf,
          exceptionsOf,
        });
        if (openings.length === 0) continue;
        const booked = store
          .bookedOn(practitionerId, date)
          .map((row) => [Date.parse(row.starts_at), Date.parse(row.ends_at)] as const);
        for (const opening of openings) {
          if (!heldOpenTo(opening, input.urgency, motif.emergencyAllowed, now)) continue;
          // Slots follow the grid and pack (issue 24 point 10): after a slot the next starts where
          // it ends, after an appointment of another length where that one ends, never back on
          // the period's own rhythm (a 20-minute booking at 09:00 leaves 09:20 to a 30-minute motif).
          let next: number;
          for (
            let start = onGrid(opening.start, gridMinutes);
            start + motif.durationMinutes <= opening.end;
            start = Math.max(onGrid(next, gridMinutes), start + gridMinutes)
          ) {
            next = start + motif.durationMinutes;
            if (input.mornings && start >= 12 * 60) break;
            if (input.afternoons && start < 12 * 60) continue;
            // Checked first: a half-day already full costs nothing more (the walk reads a week).
            const halfDay = `${date} ${start < 12 * 60 ? 'matin' : 'après-midi'}`;
            const bucket = `${String(practitionerId)} ${halfDay} ${String(opening.held)}`;
            const kept = keptIn.get(bucket) ?? 0;
            if (kept >= perHalfDay) continue;
            const time = timeOf(start);
            const from = at(start);
            // Real minutes: a slot that spans a change of hour still lasts its duration.
            const to = from + motif.durationMinutes * 60_000;
            if (from >= window.until) continue;
            // Past: the period's rhythm goes on (at 11:05 the next of 11:00, 11:30… is 11:30).
            if (from <= now) continue;
            const taken =
              booked.find(([bookedFrom, bookedTo]) => from < bookedTo && to > bookedFrom) ??
              patientBusy.find(([busyFrom, busyTo]) => from < busyTo && to > busyFrom);
            if (taken) {
              next = start + Math.ceil((taken[1] - from) / 60_000);
              continue;
            }
            keptIn.set(bucket, kept + 1);
            const why = [`${names.get(practitionerId) ?? 'praticien'} fait ce motif`, window.label];
            if (opening.held) why.push('créneau réservé aux urgences');
            if (input.mornings) why.push('le matin, comme demandé');
            if (input.afternoons) why.push('l’après-midi, comme demandé');
            if (input.notWeekdays.length) why.push('hors des jours exclus');
            if (warning) why.push(warning);
            found.push({
              practitionerId,
              practitionerName: names.get(practitionerId) ?? '',
              date,
              time,
              startsAt: new Date(from).toISOString(),
              room: opening.room,
              heldForEmergencies: opening.held,
              why,
            });
            halfDays.add(halfDay);
          }
        }
      }
    }
    date = nextDay(date);
  }
  const usual = input.patientId === null ? null : store.usualPractitioner(input.patientId);
  return spreadSlots(rankSlots(found, input.urgency, usual, names), input.limit);
}

/** « 2027-05-03 matin », « 2027-05-03 après-midi ». */
const halfDayOf = (slot: { date: string; time: string }): string =>
  `${slot.date} ${slot.time < '12:00' ? 'matin' : 'après-midi'}`;

/**
 * The best spread within the count asked (issue 24: the first three slots of each opening made a
 * list of ten cover three mornings and hide the afternoons). The soonest slots first (a third of
 * the list: Entrée still books the best one), then the best slot of each half-day not yet in the
 * list, then the next best; offered in the ranking's order.
 */
export function spreadSlots(ranked: readonly Slot[], limit: number): Slot[] {
  const chosen = new Set<number>(ranked.slice(0, Math.ceil(limit / 3)).keys());
  const covered = new Set([...chosen].map((index) => halfDayOf(ranked[index] as Slot)));
  for (const [index, slot] of ranked.entries()) {
    if (chosen.size >= limit) break;
    if (covered.has(halfDayOf(slot))) continue;
    chosen.add(index);
    covered.add(halfDayOf(slot));
  }
  for (const index of ranked.keys()) {
    if (chosen.size >= limit) break;
    chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b).map((index) => ranked[index] as Slot);
}

const DAY = 86_400_000;

/**
 * The order the slots are offered in. An emergency takes the soonest slot, whoever it is with.
 * Otherwise the soonest still leads, with two handicaps: a slot with another practitioner than
 * the patient's usual one counts three days later, so a patient followed by Dr X sees Dr X first
 * unless that means waiting more than three days longer; and a slot held for emergencies
 * (released) comes after the ordinary slots of its own day only, so the emergency ones stay free
 * for the afternoon's emergencies but a released slot today still beats tomorrow (issue 24: at
 * 11:05 the 11:30 just released came after three of tomorrow's slots, and Entrée booked tomorrow).
 */
export function rankSlots(
  slots: readonly Slot[],
  urgency: CategoryCode,
  usualPractitionerId: number | null,
  names: ReadonlyMap<number, string>,
): Slot[] {
  const urgent = URGENT.includes(urgency);
  // The handicapped day is the slot's day plus three, read once per day: a time-zone conversion
  // per slot cost more than the whole walk (hundreds of slots when the list is spread).
  const threeDaysAfter = new Map<string, string>();
  const handicapped = (date: string) => {
    const later = threeDaysAfter.get(date) ?? nextDay(date, 3);
    threeDaysAfter.set(date, later);
    return later;
  };
  const key = (slot: Slot): [string, number, number] => {
    const at = Date.parse(slot.startsAt);
    if (urgent) return ['', 0, at];
    const other = usualPractitionerId !== null && slot.practitionerId !== usualPractitionerId;
    return [other ? handicapped(slot.date) : slot.date, slot.heldForEmergencies ? 1 : 0, at + (other ? 3 * DAY : 0)];
  };
  const keyed = slots.map((slot) => ({
    slot:
      slot.practitionerId === usualPractitionerId
        ? { ...slot, why: [...slot.why, `${names.get(slot.practitionerId) ?? 'ce praticien'} suit déjà ce patient`] }
        : slot,
    key: key(slot),
  }));
  return keyed
    .sort(
      (a, b) =>
        a.key[0].localeCompare(b.key[0]) ||
        a.key[1] - b.key[1] ||
        a.key[2] - b.key[2] ||
        a.slot.startsAt.localeCompare(b.slot.startsAt),
    )
    .map(({ slot }) => slot);
}
