import type { EventBus } from '../../api/common/contract.js';
import { linkDisagreements } from './matching/link-check.js';
import { replyRefusal } from './reply-refusal.js';
import { DomainError } from '../../api/common/result.js';
import { isEmergency, lowersEmergency, type CategoryCode } from '../../api/common/schemas/inbox-protocol.js';
import { type InboxMessage, type MessageState, type PatientCandidate } from '../../api/common/schemas/inbox.js';
import type { PatientSummary } from '../../api/common/schemas/patients.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import { dueAt, rankOf } from './intake.js';

import { identityHints } from './matching/patient-match.js';
import { displayHtml } from './mime/display-html.js';
import type { ProtocolService } from './protocol-service.js';
import type { InboxStore, MessageRow, QueueView } from './store.js';
import type { PatientExistence } from '../patients/service.js';
import type { InboxService } from './interface.js';
import { reasonsOf, toQueueItem } from './queue-item.js';

/** The queue and what a secretary does to a message (issue 11). */
export function createInboxService(deps: {
  store: InboxStore;
  protocol: ProtocolService;
  audit: AuditService;
  clock: Clock;
  events: EventBus;
  patientsByIds: (ids: readonly number[]) => PatientSummary[];
  patients: PatientExistence;
  requireUser: (id: number) => unknown;
}): InboxService {
  const { store, clock } = deps;

  const patientsOf = (rows: readonly MessageRow[]) =>
    new Map(
      deps
        .patientsByIds(rows.flatMap((row) => (row.patient_id === null ? [] : [row.patient_id])))
        .map((patient) => [patient.id, patient]),
    );

  function require(id: number): MessageRow {
    const row = store.get(id);
    if (!row) throw new DomainError('NOT_FOUND', `Message introuvable (n° ${id}).`, { id: 'message introuvable' });
    return row;
  }

  const changed = (...ids: number[]) => {
    deps.events.emit('inbox.changed', { ids });
  };

  return {
    require,
    changed,
    queue(input: { view: QueueView; category?: CategoryCode | undefined; mine: boolean; limit: number }, actor: Actor) {
      const now = isoAt(clock);
      const rows = store.queue(input.view, {
        now,
        category: input.category ?? null,
        mine: input.mine ? actor.userId : null,
        limit: input.limit,
      });
      const patients = patientsOf(rows);
      return {
        items: rows.map((row) => toQueueItem(row, patients)),
        counts: Object.fromEntries(store.counts(now).map((row) => [row.category, row.n])),
      };
    },

    open(id: number, actor: Actor): InboxMessage {
      const row = require(id);
      const thread = store.threadMessages(row.thread_id);
      const patients = patientsOf([row]);
      const html = displayHtml(row);
      if (row.patient_id !== null) deps.audit.trace(actor, 'inbox.open', row.patient_id, row.subject);
      if (row.state === 'nouveau') {
        store.update(id, { state: 'a-traiter' });
        changed(id);
      }
      return {
        ...toQueueItem(row.state === 'nouveau' ? { ...row, state: 'a-traiter' } : row, patients),
        to: row.to_text,
        sentAt: row.sent_at,
        bodyText: row.body_text,
        safeHtml: html?.html ?? null,
        blockedImages: html?.blockedImages ?? 0,
        remoteImagesAllowed: row.remote_images === 1,
        suggestedCategory: row.suggested_category,
        reasons: reasonsOf(row),
        problems: JSON.parse(row.problems_json) as string[],
        attachmentList: store.attachments(id).map((file) => ({
          id: file.id,
          fileName: file.file_name,
          mime: file.mime,
          size: file.size,
          refusal: file.refusal,
          documentId: file.document_id,
          isImage: file.mime.startsWith('image/') && file.sha256 !== null,
        })),
        candidates: JSON.parse(row.candidates_json) as PatientCandidate[],
        patientEvidence: row.patient_evidence,
        thread: thread.map((message) => ({
          id: message.id,
          direction: message.direction,
          fromName: message.from_name || message.from_address,
          fromAddress: message.from_address,
          at: message.sent_at ?? message.received_at,
          excerpt: message.body_text.replace(/\s+/g, ' ').slice(0, 160),
        })),
        wakeOnReply: row.wake_on_reply === 1,
        replyRefusal: replyRefusal(row),
      };
    },

    /** A person's correction: kept with the message and counted against the rules that decided. */
    setCategory(id: number, category: CategoryCode, actor: Actor, reason = '') {
      const row = require(id);
      if (row.category === category) return;
      // Under-triage is the error that hurts a patient: one key must not lower an emergency (issue 22).
      if (lowersEmergency(row.category, category) && reason.trim().length < 3)
        throw new DomainError(
          'INVALID_INPUT',
          `Baisser une urgence demande un motif : « ${row.category} » → « ${category} ».`,
          { reason: 'motif obligatoire pour baisser une urgence' },
        );
      const received = Date.parse(row.received_at);
      store.correct(id, {
        from: row.category,
        to: category,
        rank: rankOf(category),
        rules: JSON.parse(row.deciding_rules_json) as string[],
        userId: actor.userId,
        now: isoAt(clock),
        dueAt: dueAt(deps.protocol.current(), category, received),
      });
      if (row.patient_id !== null)
        deps.audit.trace(
          actor,
          'inbox.setCategory',
          row.patient_id,
          `${row.category} → ${category}${reason.trim() ? ` : ${reason.trim()}` : ''}`,
        );
      changed(id);
    },

    setState(id: number, state: MessageState) {
      require(id);
      store.update(id, { state, ...(state === 'traite' ? { snoozed_until: null } : {}) });
      changed(id);
    },

    assign(id: number, userId: number | null) {
      require(id);
      if (userId !== null) deps.requireUser(userId);
      store.update(id, { assigned_to: userId });
      changed(id);
    },

    snooze(id: number, until: string | null, wakeOnReply: boolean) {
      const row = require(id);
      // An emergency is handled now, never hidden until later (issue 22): lower it first, with a reason.
      if (until !== null && isEmergency(row.category))
        throw new DomainError(
          'CONFLICT',
          'Une urgence ne se reporte pas : elle reste en tête de la file. Si ce n’en est pas une, changez d’abord sa catégorie (avec un motif).',
          { until: 'urgence : pas de report' },
        );
      if (until !== null && Date.parse(until) <= clock())
        throw new DomainError('INVALID_INPUT', 'La date de report est déjà passée.', { until: 'date passée' });
      store.update(id, {
        snoozed_until: until === null ? null : new Date(until).toISOString(),
        wake_on_reply: wakeOnReply ? 1 : 0,
      });
      changed(id);
    },

    linkPatient(id: number, patientId: number | null, evidence: string, confirmMismatch: boolean, actor: Actor) {
      const row = require(id);
      let disagreements: string[] = [];
      if (patientId !== null) {
        deps.patients.require(patientId, 'patientId');
        const [patient] = deps.patientsByIds([patientId]);
        if (patient)
          disagreements = linkDisagreements(patient, {
            fromName: row.from_name,
            subject: row.subject,
            text: row.body_text,
          });
        // A wrong person's file is worse than no file: a disagreement is said before, not after.
        if (disagreements.length > 0 && !confirmMismatch)
          throw new DomainError('CONFLICT', `À vérifier avant de lier : ${disagreements.join(' ; ')}.`, {
            confirmMismatch: disagreements.join(' ; '),
          });
      }
      const kept = evidence || 'confirmé par le secrétariat';
      store.update(id, {
        patient_id: patientId,
        patient_evidence:
          patientId === null
            ? ''
            : disagreements.length > 0
              ? `${kept} ; lié malgré : ${disagreements.join(' ; ')}`
              : kept,
      });
      const traced = patientId ?? row.patient_id;
      if (traced !== null)
        deps.audit.trace(
          actor,
          'inbox.linkPatient',
          traced,
          disagreements.length > 0 ? `${row.subject} (lié malgré : ${disagreements.join(' ; ')})` : row.subject,
        );
      changed(id);
    },

    requestReview(id: number, on: boolean) {
      require(id);
      store.update(id, { review_requested: on ? 1 : 0 });
      changed(id);
    },

    archive(id: number, actor: Actor) {
      const row = require(id);
      store.update(id, { archived: 1, state: 'traite' });
      if (row.patient_id !== null) deps.audit.trace(actor, 'inbox.archive', row.patient_id, row.subject);
      changed(id);
      return row;
    },

    allowImages(id: number) {
      require(id);
      store.update(id, { remote_images: 1 });
    },

    /** The provisional identity a new patient file starts from, read from the message. */
    newPatientHints(id: number) {
      const row = require(id);
      return identityHints({
        fromName: row.from_name,
        fromAddress: row.from_address,
        subject: row.subject,
        text: row.body_text,
        xdm: null,
      });
    },

    forPatient: (patientId: number) =>
      store.forPatient(patientId).map((row) => ({
        id: row.id,
        direction: row.direction,
        subject: row.subject,
        fromName: row.from_name || row.from_address,
        fromAddress: row.from_address,
        at: row.sent_at ?? row.received_at,
        category: row.category,
        channel: row.channel,
      })),
  };
}
export type { InboxService } from './interface.js';
