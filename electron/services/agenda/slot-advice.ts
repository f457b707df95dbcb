import type { FindSlotsInput, Slot } from '../../api/common/schemas/agenda.js';
import type { SlotAdvice } from '../../api/common/schemas/agenda-advice.js';
import { todayAt } from '../../lib/paris-time.js';
import type { HolidayOf } from './holidays.js';
import { openingsOn } from './schedule.js';
import type { FinderMotif } from './slot-finder.js';
import type { AgendaStore } from './store.js';

/**
 * What the finder must say, not only list (issue 24): an « urgence immédiate » is to be seen now,
 * not on tomorrow's slot; an emergency with nothing left today says so rather than « aucun
 * créneau »; a practitioner asked for a motif they do not do is named, with those who do. Where
 * the patient should come today, the walk-in is offered with the practitioner it would be with.
 */
export function slotAdvice(
  store: AgendaStore,
  input: FindSlotsInput,
  motif: FinderMotif & { readonly label: string },
  names: ReadonlyMap<number, string>,
  slots: readonly Slot[],
  now: number,
  holidayOf: HolidayOf,
): SlotAdvice {
  const nameOf = (id: number) => names.get(id) ?? `praticien n° ${id}`;
  const practitionersWhoDo = motif.practitionerIds.map((practitionerId) => ({
    practitionerId,
    practitionerName: nameOf(practitionerId),
  }));
  const notices: SlotAdvice['notices'] = input.practitionerIds
    .filter((id) => !motif.practitionerIds.includes(id))
    .map((id) => ({
      kind: 'not-this-practitioner' as const,
      message: `${nameOf(id)} ne fait pas ce motif (${motif.label}) ; le font : ${
        practitionersWhoDo.map((who) => who.practitionerName).join(', ') || 'personne'
      }.`,
    }));
  const today = todayAt(now);
  const leftToday = slots.some((slot) => slot.date === today);
  let walkInOffered = false;
  if (input.urgency === 'urgence-immediate') {
    walkInOffered = true;
    notices.unshift({
      kind: 'see-now',
      message:
        'Urgence immédiate : le patient est à voir maintenant, pas sur un créneau. Appelez-le (le 15 si son état le demande) et accueillez-le sans rendez-vous aujourd’hui.',
    });
  } else if (input.urgency === 'urgence-jour' && !leftToday) {
    walkInOffered = true;
    notices.unshift({
      kind: 'nothing-today',
      message:
        'Plus aucun créneau aujourd’hui pour ce motif : accueillez le patient sans rendez-vous, mettez-le sur la liste d’attente, ou rappelez-le.',
    });
  }
  return {
    notices,
    walkIn: walkInOffered ? walkInWith(store, input, motif, names, { today, holidayOf }) : null,
    practitionersWhoDo,
  };
}

/** The one asked for if they do the motif, else the first who does it and consults today, else the first who does it. */
function walkInWith(
  store: AgendaStore,
  input: FindSlotsInput,
  motif: FinderMotif,
  names: ReadonlyMap<number, string>,
  { today, holidayOf }: { today: string; holidayOf: HolidayOf },
): SlotAdvice['walkIn'] {
  const candidates = input.practitionerIds.filter((id) => motif.practitionerIds.includes(id));
  const pool = candidates.length ? candidates : motif.practitionerIds;
  const exceptions = store.exceptionsOn(today);
  const consulting = pool.find(
    (id) =>
      openingsOn(today, id, store.periodsOf(id), exceptions, { holidayOf, exceptionsOf: store.exceptionsOn }).length >
      0,
  );
  const practitionerId = consulting ?? pool[0];
  if (practitionerId === undefined) return null;
  return { practitionerId, practitionerName: names.get(practitionerId) ?? '' };
}
