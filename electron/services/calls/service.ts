import {
  CALLER_KIND_LABELS,
  type CallEntry,
  type CallerKind,
  type CallReading,
  type RecordCallInput,
} from '../../api/common/schemas/calls.js';
import {
  CATEGORY_CODES,
  lowersEmergency,
  type CategoryCode,
  type SenderKind,
} from '../../api/common/schemas/inbox-protocol.js';
import type { MessageState } from '../../api/common/schemas/inbox.js';
import { patientName } from '../../api/common/french.js';
import { parisMoment, shiftDay } from '../../api/common/paris-day.js';
import { DomainError } from '../../api/common/result.js';
import type { Actor } from '../../api/node/call-context.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { foldName } from '../../lib/name-folding.js';
import type { EventBus } from '../../api/common/contract.js';
import type { AuditService } from '../audit/interface.js';
import type { InboxAreaService } from '../inbox/interface.js';
import type { PatientsService } from '../patients/service.js';
import type { UsersService } from '../users/service.js';
import { DEFAULT_FIRST_AID } from './first-aid-defaults.js';
import { identifyCaller } from './identify.js';
import type { CallsService } from './interface.js';
import type { CallsStore } from './store.js';

const rank = (category: CategoryCode) => CATEGORY_CODES.indexOf(category);

/** How the protocol reads who is calling: a relative speaks for the patient, a doctor writes as one. */
function senderOf(kind: CallerKind): SenderKind {
  if (kind === 'patient' || kind === 'proche') return 'patient';
  if (kind === 'medecin') return 'doctor';
  return 'unknown';
}

/** Where the call's request stands in the queue once the call ends. */
function stateAfter(outcome: RecordCallInput['outcome']): MessageState {
  if (outcome === 'conseil' || outcome === 'oriente') return 'traite';
  if (outcome === 'chirurgien') return 'attente-medecin';
  return 'a-traiter';
}

export function createCallsService(deps: {
  store: CallsStore;
  inbox: InboxAreaService;
  patients: PatientsService;
  users: Pick<UsersService, 'find'>;
  audit: AuditService;
  events: EventBus;
  clock: Clock;
}): CallsService {
  const { store, clock } = deps;

  const firstAid = () => {
    const stored = new Map(store.firstAid().map((row) => [row.category, row.instructions]));
    return CATEGORY_CODES.map((category) => ({
      category,
      instructions: stored.get(category) ?? DEFAULT_FIRST_AID[category] ?? '',
      isDefault: !stored.has(category),
    }));
  };

  function read(notes: string, patientId: number | null, callerKind: CallerKind): CallReading & { rules: string[] } {
    if (patientId !== null) deps.patients.require(patientId, 'patientId');
    const result = deps.inbox.triageCall(notes, { sender: senderOf(callerKind), patientId });
    return {
      category: result.category,
      reasons: result.reasons,
      toVerify: result.toVerify,
      firstAid: firstAid().find((entry) => entry.category === result.category)?.instructions ?? '',
      dueAt: result.dueAt,
      rules: result.decidingRules,
    };
  }

  function checkRecord(input: RecordCallInput, suggested: CategoryCode): void {
    if (input.patientId !== null) {
      const patient = deps.patients.require(input.patientId, 'patientId');
      // Identity vigilance: the file is linked only on the birth date the caller gave (issue 26).
      if (input.confirmedBirthDate !== patient.fields.birthDate)
        throw new DomainError('INVALID_INPUT', 'La date de naissance donnée ne correspond pas au dossier choisi.', {
          confirmedBirthDate: 'ne correspond pas au dossier : vérifier l’identité avec l’appelant',
        });
    }
    if (lowersEmergency(suggested, input.category) && input.loweringReason.length < 3)
      throw new DomainError('INVALID_INPUT', 'Baisser l’urgence d’un appel demande un motif.', {
        loweringReason: 'motif requis pour une catégorie moins urgente que celle du protocole',
      });
    if (input.outcome === 'oriente' && !input.outcomeDetail)
      throw new DomainError('INVALID_INPUT', 'Dire vers qui l’appelant a été orienté.', {
        outcomeDetail: 'vers qui : le 15, le médecin traitant, un autre centre…',
      });
    if (input.assignedTo !== null && !deps.users.find(input.assignedTo))
      throw new DomainError('NOT_FOUND', `Personne introuvable (n° ${input.assignedTo}).`, {
        assignedTo: 'introuvable',
      });
  }

  function record(input: RecordCallInput, actor: Actor): { id: number; requestId: number } {
    const reading = read(input.notes, input.patientId, input.callerKind);
    checkRecord(input, reading.category);
    const at = isoAt(clock);
    const state = stateAfter(input.outcome);
    const firstLine = input.notes.split('\n')[0] ?? '';
    const ids = store.inTransaction(() => {
      const requestId = deps.inbox.takeCall({
        at,
        number: input.number,
        callerLabel: input.callerName || input.number || 'Appelant sans numéro',
        subject: `Appel (${CALLER_KIND_LABELS[input.callerKind].toLowerCase()}) : ${firstLine.slice(0, 90)}`,
        notes: input.notes,
        category: input.category,
        categoryRank: rank(input.category),
        suggestedCategory: reading.category,
        reasonsJson: JSON.stringify(reading.reasons),
        decidingRulesJson: JSON.stringify(reading.rules),
        dueAt: state === 'traite' ? null : reading.dueAt,
        state,
        // A call to return is someone's: the person named, else the one who took the call.
        assignedTo: input.assignedTo ?? (input.outcome === 'rappeler' ? actor.userId : null),
        patientId: input.patientId,
        patientEvidence: input.patientId === null ? '' : 'identité confirmée au téléphone (date de naissance)',
        reviewRequested: input.outcome === 'chirurgien',
      });
      const id = store.insert({
        at,
        number: input.number,
        callerKind: input.callerKind,
        callerName: input.callerName,
        patientId: input.patientId,
        notes: input.notes,
        category: input.category,
        suggestedCategory: reading.category,
        loweringReason: lowersEmergency(reading.category, input.category) ? input.loweringReason : '',
        reasonsJson: JSON.stringify(reading.reasons),
        outcome: input.outcome,
        outcomeDetail: input.outcomeDetail,
        requestId,
        takenBy: actor.userId,
      });
      const detail = `appel n° ${id} : ${input.outcome}, ${input.category}`;
      if (input.patientId !== null) deps.audit.trace(actor, 'calls.record', input.patientId, detail);
      else deps.audit.record({ userId: actor.userId, seat: actor.seat, action: 'calls.record', outcome: 'ok', detail });
      return { id, requestId };
    });
    if (input.patientId !== null) deps.events.emit('patients.changed', { id: input.patientId });
    return ids;
  }

  function day(date: string, query: string): CallEntry[] {
    const from = new Date(parisMoment(date, '00:00')).toISOString();
    const to = new Date(parisMoment(shiftDay(date, 1), '00:00')).toISOString();
    const words = foldName(query).split(' ').filter(Boolean);
    const digits = query.replace(/\D/g, '');
    const rows = store.between(from, to);
    // The day's patients in one read, not one per call.
    const patients = new Map(
      deps.patients
        .summariesOf(rows.flatMap((row) => (row.patient_id === null ? [] : [row.patient_id])))
        .map((summary) => [summary.id, { id: summary.id, name: patientName(summary), birthDate: summary.birthDate }]),
    );
    return rows
      .map((row) => ({
        id: row.id,
        at: row.at,
        number: row.number,
        callerKind: row.caller_kind,
        callerName: row.caller_name,
        patient: row.patient_id === null ? null : (patients.get(row.patient_id) ?? null),
        notes: row.notes,
        category: row.category,
        suggestedCategory: row.suggested_category,
        loweringReason: row.lowering_reason,
        outcome: row.outcome,
        outcomeDetail: row.outcome_detail,
        takenBy: row.taken_by_name,
        requestId: row.message_id,
        state: row.state,
        assignedTo: row.assigned_name,
        dueAt: row.due_at,
      }))
      .filter((entry) => {
        if (!words.length) return true;
        const haystack = foldName(
          [entry.number, entry.callerName, entry.notes, entry.patient?.name ?? '', entry.takenBy].join(' '),
        );
        const byNumber = digits.length >= 3 && entry.number.replace(/\D/g, '').includes(digits);
        return byNumber || words.every((word) => haystack.includes(word));
      });
  }

  return {
    identify: (query) => identifyCaller(deps.patients, query),
    read: (input) => {
      const { rules: _rules, ...reading } = read(input.notes, input.patientId, input.callerKind);
      return reading;
    },
    record,
    day,
    firstAid,
    setFirstAid: (category, instructions, actor) => {
      store.saveFirstAid(category, instructions, actor.userId, isoAt(clock));
    },
  };
}
