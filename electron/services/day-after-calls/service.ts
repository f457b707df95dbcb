import type { EventBus } from '../../api/common/contract.js';
import { frDate, frDateTime, patientName } from '../../api/common/french.js';
import { parisMoment, shiftDay } from '../../api/common/paris-day.js';
import { DomainError } from '../../api/common/result.js';
import {
  dayAfterSummary,
  DEFAULT_DAY_AFTER_THRESHOLDS,
  type DayAfterAnswers,
  type DayAfterEntry,
  type DayAfterState,
  type DayAfterThresholds,
  type RecordDayAfterCallInput,
} from '../../api/common/schemas/day-after-calls.js';
import { CATEGORY_CODES, type TriageReason } from '../../api/common/schemas/inbox-protocol.js';
import type { Actor } from '../../api/node/call-context.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { AuditService } from '../audit/interface.js';
import type { InboxAreaService } from '../inbox/interface.js';
import type { PatientsService } from '../patients/service.js';
import type { UsersService } from '../users/service.js';
import type { TheatreService } from '../theatre/interface.js';
import { alertsFor, categoryOf, type DayAfterAlert } from './alerts.js';
import type { DayAfterCallsService } from './interface.js';
import type { DayAfterCallsStore, DayAfterRow } from './store.js';

const URGENT = new Set(['urgence-immediate', 'urgence-jour']);

function attemptOf(row: DayAfterRow) {
  return {
    at: row.at,
    reached: row.reached === 1,
    by: row.by,
    notes: row.notes,
    answers: JSON.parse(row.answers_json) as DayAfterAnswers | null,
    alerts: JSON.parse(row.alerts_json) as string[],
    requestId: row.request_id,
  };
}

function stateOf(attempts: readonly ReturnType<typeof attemptOf>[], noAnswerPassed: boolean): DayAfterState {
  const reached = attempts.findLast((attempt) => attempt.reached);
  if (reached) return reached.alerts.length > 0 ? 'alerte' : 'rassurant';
  if (noAnswerPassed) return 'non-joint';
  return attempts.length > 0 ? 'a-rappeler' : 'a-appeler';
}

export function createDayAfterCallsService(deps: {
  store: DayAfterCallsStore;
  theatre: TheatreService;
  patients: PatientsService;
  inbox: InboxAreaService;
  users: UsersService;
  audit: AuditService;
  events: EventBus;
  clock: Clock;
}): DayAfterCallsService {
  const { store, clock } = deps;
  const thresholds = (): DayAfterThresholds => store.thresholds() ?? DEFAULT_DAY_AFTER_THRESHOLDS;

  function list(day: string) {
    const operatedOn = shiftDay(day, -1);
    const left = deps.theatre.leftBetween(operatedOn, operatedOn);
    const byCase = new Map<number, ReturnType<typeof attemptOf>[]>();
    for (const row of store.ofCases(left.map((entry) => entry.id)))
      byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), attemptOf(row)]);
    const limits = thresholds();
    const noAnswerPassed = clock() >= parisMoment(day, limits.noAnswerBy);
    const entries = left.map((entry): DayAfterEntry => {
      const { fields } = deps.patients.require(entry.patientId);
      const attempts = byCase.get(entry.id) ?? [];
      return {
        caseId: entry.id,
        operatedOn: entry.date,
        procedure: entry.procedure,
        plannedAnaesthesia: entry.plannedAnaesthesia,
        patient: {
          id: entry.patientId,
          name: patientName(fields),
          birthDate: fields.birthDate,
          sex: fields.sex,
          phones: [fields.phoneMobile, fields.phoneOther].filter(Boolean),
        },
        attempts,
        state: stateOf(attempts, noAnswerPassed),
      };
    });
    return { day, operatedOn, thresholds: limits, entries };
  }

  /** The answers' alerts, the patient's own questions read by the inbox's protocol too. */
  function judge(answers: DayAfterAnswers, patientId: number, plannedAnaesthesia: DayAfterEntry['plannedAnaesthesia']) {
    const alerts: DayAfterAlert[] = alertsFor(answers, thresholds(), plannedAnaesthesia);
    if (answers.questions) {
      const reading = deps.inbox.triageCall(answers.questions, { sender: 'patient', patientId });
      if (reading.category === 'urgence-immediate' || reading.category === 'urgence-jour')
        alerts.push({
          reason: `question du patient : ${reading.reasons
            .filter((reason) => URGENT.has(reason.category))
            .map((reason) => reason.label)
            .join(', ')}`,
          category: reading.category,
        });
    }
    return alerts;
  }

  function record(input: RecordDayAfterCallInput, actor: Actor) {
    const facts = deps.theatre.caseFacts(input.caseId);
    if (facts.status !== 'left')
      throw new DomainError('CONFLICT', 'Le patient n’est pas sorti du bloc : pas d’appel du lendemain.', {
        caseId: 'patient pas encore sorti',
      });
    const { fields } = deps.patients.require(facts.patientId);
    const at = isoAt(clock);
    const caller = deps.users.find(actor.userId)?.displayName ?? `compte n° ${actor.userId}`;
    const answers = input.reached ? input.answers : null;
    const alerts = answers === null ? [] : judge(answers, facts.patientId, facts.plannedAnaesthesia);
    const category = categoryOf(alerts);
    const result = store.inTransaction(() => {
      let requestId: number | null = null;
      if (answers !== null && category !== null) {
        const reasons: TriageReason[] = alerts.map((alert, index) => ({
          ruleId: `suivi-j1-${index + 1}`,
          label: alert.reason,
          category: alert.category,
          evidence: [alert.reason],
          spans: [],
        }));
        // The surgeon's alert: a request of the one queue, at its most urgent level, due now.
        requestId = deps.inbox.takeCall({
          at,
          number: fields.phoneMobile || fields.phoneOther,
          callerLabel: `Suivi J+1 (${caller})`,
          subject: `Suivi J+1 : alerte, ${alerts.map((alert) => alert.reason).join(', ')}`.slice(0, 200),
          notes: [
            `Appel du lendemain, opéré(e) le ${frDate(facts.date)}, appel du ${frDateTime(at)} par ${caller}.`,
            `Réponses : ${dayAfterSummary(answers)}.`,
            input.notes && `Notes : ${input.notes}`,
          ]
            .filter(Boolean)
            .join('\n'),
          category,
          categoryRank: CATEGORY_CODES.indexOf(category),
          suggestedCategory: category,
          reasonsJson: JSON.stringify(reasons),
          decidingRulesJson: JSON.stringify(reasons.map((reason) => reason.ruleId)),
          dueAt: at,
          // In the secretariat's « à traiter » at its urgency (the top), and in the surgeon's « à revoir ».
          state: 'a-traiter',
          assignedTo: null,
          patientId: facts.patientId,
          patientEvidence: `suivi J+1 de l’intervention n° ${input.caseId}`,
          reviewRequested: true,
        });
      }
      const id = store.insert({
        caseId: input.caseId,
        patientId: facts.patientId,
        at,
        reached: answers === null ? 0 : 1,
        answersJson: JSON.stringify(answers),
        alertsJson: JSON.stringify(alerts.map((alert) => alert.reason)),
        requestId,
        notes: input.notes,
        userId: actor.userId,
      });
      deps.audit.trace(
        actor,
        'dayAfterCalls.record',
        facts.patientId,
        answers === null
          ? `appel du lendemain, intervention n° ${input.caseId} : non joint`
          : `appel du lendemain, intervention n° ${input.caseId} : ${
              alerts.length > 0 ? `ALERTE (${alerts.map((alert) => alert.reason).join(', ')})` : 'rassurant'
            }`,
      );
      return { id, alerts: alerts.map((alert) => alert.reason), requestId };
    });
    deps.events.emit('patients.changed', { id: facts.patientId });
    deps.events.emit('theatre.changed', { date: facts.date });
    if (result.requestId !== null) deps.events.emit('inbox.changed', { ids: [result.requestId] });
    return result;
  }

  function forPatient(patientId: number) {
    deps.patients.require(patientId);
    return store.ofPatient(patientId).map((row) => {
      const facts = deps.theatre.caseFacts(row.case_id);
      return { ...attemptOf(row), caseId: row.case_id, operatedOn: facts.date, procedure: facts.procedure };
    });
  }

  return {
    list,
    record,
    forPatient,
    thresholds,
    setThresholds(value: DayAfterThresholds, actor: Actor) {
      const before = thresholds();
      store.setThresholds(value, actor.userId, isoAt(clock));
      deps.audit.record({
        userId: actor.userId,
        seat: actor.seat,
        action: 'dayAfterCalls.setThresholds',
        outcome: 'ok',
        detail: `seuils du suivi J+1 : douleur ${value.painAtLeast}, température ${value.temperatureAtLeast} °C, non joint à ${value.noAnswerBy}`,
        previousValue: JSON.stringify(before),
      });
    },
  };
}
