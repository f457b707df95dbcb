import type {
  DayBeforeAnswers,
  DayBeforeEntry,
  DayBeforeState,
  RecordDayBeforeCallInput,
} from '../../api/common/schemas/day-before-calls.js';
import type { Preference, PreferenceValue } from '../../api/common/schemas/patient-file.js';
import { ANAESTHESIA_LABELS, type TheatreCase, type TheatreSession } from '../../api/common/schemas/theatre.js';
import { parisMoment, parisToday, shiftDay } from '../../api/common/paris-day.js';
import { DomainError } from '../../api/common/result.js';
import type { EventBus } from '../../api/common/contract.js';
import type { Actor } from '../../api/node/call-context.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { AuditService } from '../audit/interface.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/interface.js';
import type { PreferencesService } from '../preferences/service.js';
import type { TheatreService } from '../theatre/interface.js';
import {
  arrivalTime,
  companionAdviceFor,
  EVENING,
  fastingFor,
  plannedStarts,
  strictestAnaesthesia,
  TO_BRING,
} from './instructions.js';
import type { DayBeforeCallsService } from './interface.js';
import type { AttemptRow, DayBeforeCallsStore } from './store.js';

const OFF_THE_LIST = new Set(['postponed', 'cancelled']);

/** The preferences the J-1 answers are written to, each from its part of the answers. */
function preferencesFrom(
  answers: DayBeforeAnswers,
  today: string,
  chosenBefore: Preference | undefined,
): PreferenceValue[] {
  const before = chosenBefore?.value.item === 'anaesthesia' ? chosenBefore.value : null;
  return [
    {
      item: 'anaesthesia',
      choice: answers.anaesthesia,
      // A confirmed choice keeps its block and the day it was discussed; a changed one is dated today.
      regionalBlock: before?.choice === answers.anaesthesia ? before.regionalBlock : '',
      discussedOn: before?.choice === answers.anaesthesia ? before.discussedOn : today,
    },
    { item: 'music', ...answers.music },
    { item: 'fears', ...answers.fears },
    { item: 'talkingPoints', text: answers.talkingPoints },
    { item: 'companion', ...answers.companion },
    { item: 'callAfter', ...answers.callAfter },
  ];
}

const sameValue = (a: PreferenceValue | undefined, b: PreferenceValue): boolean =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

function stateOf(attempts: readonly AttemptRow[], eveningPassed: boolean): DayBeforeState {
  if (attempts.some((attempt) => attempt.reached === 1)) return 'joint';
  if (eveningPassed) return 'non-joint';
  return attempts.length > 0 ? 'a-rappeler' : 'a-appeler';
}

export function createDayBeforeCallsService(deps: {
  store: DayBeforeCallsStore;
  theatre: TheatreService;
  patients: PatientsService;
  preferences: PreferencesService;
  practice: PracticeService;
  audit: AuditService;
  events: EventBus;
  clock: Clock;
}): DayBeforeCallsService {
  const { store, clock } = deps;

  function placeOf(room: string): string {
    const practice = deps.practice.getPractice();
    const address = [practice.addressLine, [practice.postalCode, practice.city].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');
    return [`${practice.name}, accueil du bloc (salle ${room})`, address].filter(Boolean).join(' — ');
  }

  function entriesOf(session: TheatreSession, attemptsByCase: Map<number, AttemptRow[]>, eveningPassed: boolean) {
    const live = session.cases.filter((theatreCase) => !OFF_THE_LIST.has(theatreCase.status));
    const starts = plannedStarts(live);
    const place = placeOf(session.room);
    return live.map((theatreCase: TheatreCase, index): DayBeforeEntry => {
      const { card } = theatreCase;
      const fields = deps.patients.require(card.patientId).fields;
      const strictest = strictestAnaesthesia(theatreCase.plannedAnaesthesia, card.chosenAnaesthesia);
      const startsAt = starts[index] ?? '';
      const attempts = attemptsByCase.get(theatreCase.id) ?? [];
      const change = attempts.findLast((attempt) => attempt.reached === 1 && attempt.anaesthesia_before !== null);
      return {
        caseId: theatreCase.id,
        status: theatreCase.status,
        room: session.room,
        surgeonName: session.surgeonName,
        procedure: theatreCase.procedure,
        side: theatreCase.side,
        digits: theatreCase.digits,
        zone: theatreCase.zone,
        plannedAnaesthesia: theatreCase.plannedAnaesthesia,
        patient: {
          id: card.patientId,
          name: card.displayName,
          birthDate: card.birthDate,
          sex: card.sex,
          phones: [fields.phoneMobile, fields.phoneOther].filter(Boolean),
        },
        startsAt,
        arrivalAt: arrivalTime(startsAt, strictest),
        place,
        fasting: fastingFor(strictest),
        companionAdvice: companionAdviceFor(strictest),
        toBring: TO_BRING,
        preferences: card.preferences,
        attempts: attempts.map((attempt) => ({
          at: attempt.at,
          reached: attempt.reached === 1,
          by: attempt.by,
          notes: attempt.notes,
        })),
        state: stateOf(attempts, eveningPassed),
        anaesthesiaChange:
          change?.anaesthesia_before && change.anaesthesia_after
            ? { from: change.anaesthesia_before, to: change.anaesthesia_after, by: change.by, at: change.at }
            : null,
      };
    });
  }

  function list(day: string, actor: Actor) {
    const sessions = deps.theatre.day(day, actor);
    const caseIds = sessions.flatMap((session) => session.cases.map((theatreCase) => theatreCase.id));
    const attemptsByCase = new Map<number, AttemptRow[]>();
    for (const attempt of store.ofCases(caseIds))
      attemptsByCase.set(attempt.case_id, [...(attemptsByCase.get(attempt.case_id) ?? []), attempt]);
    const eveningPassed = clock() >= parisMoment(shiftDay(day, -1), EVENING);
    return {
      day,
      eveningAt: EVENING,
      entries: sessions.flatMap((session) => entriesOf(session, attemptsByCase, eveningPassed)),
    };
  }

  function record(input: RecordDayBeforeCallInput, actor: Actor): { id: number } {
    const facts = deps.theatre.caseFacts(input.caseId);
    if (OFF_THE_LIST.has(facts.status))
      throw new DomainError('CONFLICT', 'Cette intervention est reportée ou annulée : pas d’appel de la veille.', {
        caseId: 'intervention reportée ou annulée',
      });
    if (facts.status !== 'planned')
      throw new DomainError('CONFLICT', 'Le patient est déjà arrivé au bloc : l’appel de la veille est clos.', {
        caseId: 'patient déjà au bloc',
      });
    const at = isoAt(clock);
    const today = parisToday(clock);
    const answers = input.reached ? input.answers : null;
    const current = deps.preferences.forPatient(facts.patientId);
    const currentOf = (item: string) => current.find((preference) => preference.value.item === item);
    const chosenBefore = currentOf('anaesthesia');
    const before = chosenBefore?.value.item === 'anaesthesia' ? chosenBefore.value.choice : facts.plannedAnaesthesia;
    const changed = answers !== null && answers.anaesthesia !== before;
    const id = store.inTransaction(() => {
      if (answers !== null)
        for (const value of preferencesFrom(answers, today, chosenBefore)) {
          const stored = currentOf(value.item);
          if (sameValue(stored?.value, value)) continue;
          // The version the form read, so that an edit made meanwhile on another seat is not overwritten.
          deps.preferences.set(facts.patientId, value, input.versions[value.item] ?? 0, actor);
        }
      const attemptId = store.insert({
        caseId: input.caseId,
        patientId: facts.patientId,
        at,
        reached: answers === null ? 0 : 1,
        answersJson: JSON.stringify(answers ?? {}),
        anaesthesiaBefore: changed ? before : null,
        anaesthesiaAfter: changed ? answers.anaesthesia : null,
        notes: input.notes,
        userId: actor.userId,
      });
      deps.audit.trace(
        actor,
        'dayBeforeCalls.record',
        facts.patientId,
        answers === null
          ? `appel de la veille, intervention n° ${input.caseId} : non joint`
          : `appel de la veille, intervention n° ${input.caseId} : joint${
              changed
                ? `, anesthésie changée (${ANAESTHESIA_LABELS[before]} → ${ANAESTHESIA_LABELS[answers.anaesthesia]})`
                : ''
            }`,
      );
      return attemptId;
    });
    deps.events.emit('patients.changed', { id: facts.patientId });
    deps.events.emit('theatre.changed', { date: facts.date });
    return { id };
  }

  /** The patient's J-1 calls for the « Échanges » tab, each with the day of its surgery. */
  function forPatient(patientId: number) {
    deps.patients.require(patientId);
    return store.ofPatient(patientId).map((attempt) => ({
      caseId: attempt.case_id,
      surgeryDay: deps.theatre.caseFacts(attempt.case_id).date,
      at: attempt.at,
      reached: attempt.reached === 1,
      by: attempt.by,
      notes: attempt.notes,
      anaesthesiaChange:
        attempt.anaesthesia_before && attempt.anaesthesia_after
          ? { from: attempt.anaesthesia_before, to: attempt.anaesthesia_after }
          : null,
    }));
  }

  return { list, record, forPatient };
}
