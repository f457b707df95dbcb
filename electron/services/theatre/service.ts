import type { Actor } from '../../api/call-context.js';
import { DomainError } from '../../api/result.js';
import { ageOn } from '../../api/schemas/identity.js';
import type { TheatreCase, TheatreCaseInput, TheatreSession, TheatreSessionInput } from '../../api/schemas/theatre.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { AlertsService } from '../alerts/service.js';
import type { AuditService } from '../audit/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import type { PreferencesService } from '../preferences/service.js';
import type { CaseRow, TheatreStore } from './store.js';

/**
 * The theatre list (issue 13, first part): sessions of a day with their cases in order, each with
 * the patient's card read from the file (identity, alerts, preferences, the anaesthesia they
 * chose). Reading a card is reading the file: each is traced in the access log.
 */
export function createTheatreService(deps: {
  store: TheatreStore;
  patients: PatientsService;
  alerts: AlertsService;
  preferences: PreferencesService;
  practice: PracticeService;
  audit: AuditService;
  clock: Clock;
}) {
  const { store, clock, audit } = deps;

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
      card: {
        patientId: row.patient_id,
        displayName:
          `${(fields.usedName || fields.birthName).toLocaleUpperCase('fr-FR')} ${fields.usedFirstName || fields.firstNames.split(' ')[0] || ''}`.trim(),
        birthDate: fields.birthDate,
        sex: fields.sex,
        age: ageOn(fields.birthDate, isoAt(clock).slice(0, 10)),
        identityStatus: patient.identityStatus,
        alerts: deps.alerts.forPatient(row.patient_id).filter((alert) => alert.active),
        preferences,
        chosenAnaesthesia: chosen,
      },
    };
  }

  return {
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
      const row = store.caseById(caseId);
      if (!row) throw new DomainError('NOT_FOUND', 'Intervention introuvable.', { caseId: 'intervention introuvable' });
      store.move(caseId, row.session_id, position);
    },
  };
}
export type TheatreService = ReturnType<typeof createTheatreService>;
