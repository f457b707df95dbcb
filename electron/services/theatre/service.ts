import type { Actor } from '../../api/node/call-context.js';
import { parisToday } from '../../api/common/paris-day.js';
import { DomainError } from '../../api/common/result.js';
import { patientName } from '../../api/common/french.js';
import { ageOn } from '../../api/common/schemas/identity.js';
import type { EventBus } from '../../api/common/contract.js';
import {
  CASE_STATUS_LABELS,
  type CaseStatus,
  type TheatreCase,
  type TheatreCaseInput,
  type TheatreSession,
  type TheatreSessionInput,
} from '../../api/common/schemas/theatre.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { AlertsService } from '../alerts/service.js';
import type { AuditService } from '../audit/service.js';
import type { DocumentsService } from '../documents/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import type { PreferencesService } from '../preferences/service.js';
import type { VisitsService } from '../visits/service.js';
import { caseSheet } from './case-sheet.js';
import { caseRefOf, caseRows } from './case-rows.js';
import { checklistDefinition } from './checklist.js';
import { blockersFor, FLOW } from './checklist-gates.js';
import type { CaseRow, TheatreStore } from './store.js';
import type { TheatreService } from './interface.js';

interface ForcedStepRow {
  status: CaseStatus;
  reason: string;
  userId: number;
  at: string;
  missing: string[];
}

/** A case as other areas read it (the J-1 and J+1 calls, the lettre de liaison). */
const factsOf = (row: CaseRow, date: string) => ({
  ...caseRefOf(row),
  date,
  status: row.status,
  procedure: row.procedure,
  plannedAnaesthesia: row.planned_anaesthesia,
});

/**
 * The theatre list (issue 13): sessions of a day with their cases in order, each with
 * the patient's card read from the file (identity, alerts, preferences, the anaesthesia they
 * chose). Reading a card is reading the file: each is traced in the access log.
 */
export function createTheatreService(deps: {
  store: TheatreStore;
  patients: PatientsService;
  alerts: AlertsService;
  preferences: PreferencesService;
  practice: PracticeService;
  documents: DocumentsService;
  audit: AuditService;
  visits: VisitsService;
  events: EventBus;
  clock: Clock;
}): TheatreService {
  const { store, clock, audit } = deps;
  const { require: requireCase, changed } = caseRows(store, deps.events);
  const leftListeners: ((caseId: number, actor: Actor) => void)[] = [];

  /** What the checklist still lacks before the case's next status (none once out of the flow). */
  function nextBlockers(row: CaseRow): string[] {
    const next = FLOW[FLOW.indexOf(row.status) + 1];
    return next ? blockersFor(next, checklistDefinition(), store.answers(row.id)) : [];
  }

  function caseOf(row: CaseRow, actor: Actor, traced: Set<number>): TheatreCase {
    const patient = deps.patients.require(row.patient_id);
    const fields = patient.fields;
    const preferences = deps.preferences.forPatient(row.patient_id);
    const anaesthesia = preferences.find((preference) => preference.value.item === 'anaesthesia')?.value;
    const chosen = anaesthesia?.item === 'anaesthesia' ? anaesthesia.choice : null;
    if (!traced.has(row.patient_id)) {
      audit.trace(actor, 'theatre.day', row.patient_id, `fiche du bloc, vacation n° ${row.session_id}`);
      traced.add(row.patient_id);
    }
    return {
      id: row.id,
      sessionId: row.session_id,
      position: row.position,
      procedure: row.procedure,
      side: row.side,
      digits: JSON.parse(row.digits) as TheatreCase['digits'],
      zone: row.zone as TheatreCase['zone'],
      plannedAnaesthesia: row.planned_anaesthesia,
      estimatedMinutes: row.estimated_minutes,
      turnoverMinutes: row.turnover_minutes,
      notes: row.notes,
      anaesthesiaMismatch: chosen !== null && chosen !== row.planned_anaesthesia,
      status: row.status,
      statusTimes: JSON.parse(row.status_times) as Record<string, string>,
      statusReason: row.status_reason,
      forcedSteps: (JSON.parse(row.forced_steps) as ForcedStepRow[]).map((step) => ({
        status: step.status,
        reason: step.reason,
        by: store.userName(step.userId),
        at: step.at,
        missing: step.missing,
      })),
      nextBlockers: nextBlockers(row),
      card: {
        patientId: row.patient_id,
        displayName: patientName(fields),
        birthDate: fields.birthDate,
        sex: fields.sex,
        age: ageOn(fields.birthDate, parisToday(clock)),
        identityStatus: patient.identityStatus,
        alerts: deps.alerts.forPatient(row.patient_id).filter((alert) => alert.active),
        preferences,
        chosenAnaesthesia: chosen,
        photoDocumentId:
          deps.documents
            .forPatient(row.patient_id)
            .filter(
              (document) => document.mime.startsWith('image/') && /photo|portrait|identit/i.test(document.fileName),
            )
            .at(-1)?.id ?? null,
      },
    };
  }

  return {
    /** The day of the patient's last operation, if any (for the inbox protocol). */
    lastOperation: (patientId: number): string | null => store.lastOperation(patientId, parisToday(clock)),
    /** The day of the patient's next planned operation (a canned reply's field). */
    nextOperation: (patientId: number): string | null => store.nextOperation(patientId, parisToday(clock)),
    day(date: string, actor: Actor): TheatreSession[] {
      const traced = new Set<number>();
      return store.sessionsOn(date).map((session) => ({
        id: session.id,
        date: session.date,
        room: session.room,
        surgeonId: session.surgeon_id,
        surgeonName: session.surgeon_name,
        anaesthetist: session.anaesthetist,
        scrubNurse: session.scrub_nurse,
        circulatingNurse: session.circulating_nurse,
        cases: store.casesOf(session.id).map((row) => caseOf(row, actor, traced)),
      }));
    },

    createSession(input: TheatreSessionInput, actor: Actor): { id: number } {
      if (input.surgeonId !== null && !deps.practice.findPractitioner(input.surgeonId))
        throw new DomainError('NOT_FOUND', 'Chirurgien introuvable.', { surgeonId: 'praticien introuvable' });
      return { id: store.insertSession(input, actor.userId, isoAt(clock)) };
    },

    addCase(input: TheatreCaseInput, actor: Actor): { id: number } {
      if (!store.sessionExists(input.sessionId))
        throw new DomainError('NOT_FOUND', 'Vacation introuvable.', { sessionId: 'vacation introuvable' });
      deps.patients.require(input.patientId, 'patientId');
      const id = store.insertCase(input, actor.userId, isoAt(clock));
      audit.trace(actor, 'theatre.addCase', input.patientId, `${input.procedure} (vacation n° ${input.sessionId})`);
      return { id };
    },

    moveCase(caseId: number, position: number): void {
      const row = requireCase(caseId);
      store.move(caseId, row.session_id, position);
      changed(row);
    },

    /**
     * Where the patient is now. Statuses only go forward, each with its time; a case is postponed
     * or cancelled with a reason, and never once the incision is made.
     */
    setStatus(caseId: number, status: CaseStatus, reason: string, actor: Actor, force = false): void {
      const row = requireCase(caseId);
      const from = FLOW.indexOf(row.status);
      if (from < 0)
        throw new DomainError(
          'CONFLICT',
          `Cette intervention est ${CASE_STATUS_LABELS[row.status]} : son statut ne change plus.`,
          { status: 'intervention close' },
        );
      if (status === 'postponed' || status === 'cancelled') {
        if (from >= FLOW.indexOf('incision'))
          throw new DomainError(
            'INVALID_INPUT',
            'L’incision a eu lieu : l’intervention ne peut plus être reportée ni annulée.',
            { status: 'trop tard' },
          );
      } else if (FLOW.indexOf(status) <= from) {
        throw new DomainError(
          'INVALID_INPUT',
          `Ordre impossible : le patient est déjà « ${CASE_STATUS_LABELS[row.status]} », il ne peut pas passer à « ${CASE_STATUS_LABELS[status]} ».`,
          { status: 'ordre impossible' },
        );
      }
      // The checklist moment before a status gates it (issue 22): no incision before the time-out.
      const missing = FLOW.includes(status) ? blockersFor(status, checklistDefinition(), store.answers(caseId)) : [];
      if (missing.length > 0 && !force)
        throw new DomainError(
          'CONFLICT',
          `« ${CASE_STATUS_LABELS[status]} » attend la check-list : ${missing.join(' ; ')}. Pour passer outre, donnez un motif : il sera tracé et affiché sur l’intervention.`,
          { status: 'check-list incomplète' },
        );
      const now = isoAt(clock);
      const times = { ...(JSON.parse(row.status_times) as Record<string, string>), [status]: now };
      const forced = missing.length > 0;
      store.setStatus(caseId, status, JSON.stringify(times), forced ? '' : reason);
      if (forced) {
        const steps = JSON.parse(row.forced_steps) as ForcedStepRow[];
        steps.push({ status, reason, userId: actor.userId, at: now, missing });
        store.setForcedSteps(caseId, JSON.stringify(steps));
      }
      audit.trace(
        actor,
        'theatre.setStatus',
        row.patient_id,
        forced
          ? `${CASE_STATUS_LABELS[status]} FORCÉ malgré la check-list (${missing.join(' ; ')}) : ${reason}`
          : `${CASE_STATUS_LABELS[status]}${reason ? ` : ${reason}` : ''}`,
      );
      if (status === 'left')
        for (const listener of leftListeners) {
          try {
            listener(caseId, actor);
          } catch (error) {
            // The patient has left whatever a listener says: the status stays, the failure is traced
            // (the lettre de liaison is prepared again when it is opened).
            audit.trace(actor, 'theatre.setStatus', row.patient_id, `après « sorti » : ${String(error)}`);
          }
        }
      changed(row);
    },

    requireCase: (caseId: number) => caseRefOf(requireCase(caseId)),
    caseFacts: (caseId: number) => {
      const row = requireCase(caseId);
      return factsOf(row, store.sessionsDateOf(row.session_id) ?? '');
    },
    caseSheet: (caseId: number, actor: Actor) => caseSheet(deps, requireCase(caseId), actor),
    leftBetween: (from: string, to: string) => store.leftBetween(from, to).map((row) => factsOf(row, row.date)),
    onLeft: (listener) => {
      leftListeners.push(listener);
    },
  };
}
export type { TheatreService } from './interface.js';
