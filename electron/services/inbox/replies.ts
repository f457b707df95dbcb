import { replyRefusal } from './reply-refusal.js';
import { DomainError } from '../../api/common/result.js';
import { frDate, salutation, usedFirstName, usedLastName } from '../../api/common/french.js';
import type { MessageState } from '../../api/common/schemas/inbox.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import type { TheatreService } from '../theatre/service.js';
import type { AccountsService } from './accounts.js';
import { fillCanned, type createCannedReplies } from './canned-replies.js';
import { sendMail } from './send/smtp.js';
import type { InboxService } from './service.js';
import type { InboxStore } from './store.js';
import { createHash } from 'node:crypto';

/** Answering a message: a canned reply filled from the file, sent by SMTP, kept in the thread (issue 11). */
export function createReplies(deps: {
  store: InboxStore;
  inbox: InboxService;
  accounts: AccountsService;
  canned: ReturnType<typeof createCannedReplies>;
  audit: AuditService;
  clock: Clock;
  practice: PracticeService;
  patients: PatientsService;
  theatre: TheatreService;
}) {
  const { store, inbox } = deps;
  return {
    fill(messageId: number, cannedId: number): string {
      const row = inbox.require(messageId);
      const reply = deps.canned.require(cannedId);
      const practice = deps.practice.findPractice();
      const patient = row.patient_id === null ? null : deps.patients.require(row.patient_id).fields;
      const civility = patient ? salutation(patient) : 'Madame, Monsieur';
      const next = row.patient_id === null ? null : deps.theatre.nextOperation(row.patient_id);
      return fillCanned(reply.body, {
        civility,
        lastName: patient ? usedLastName(patient) : '',
        firstName: patient ? usedFirstName(patient) : '',
        nextOperation: next ? frDate(next) : '(aucune intervention programmée)',
        practiceName: practice?.name ?? '',
        // An empty phone would leave « appelez le . »: the letter says what is missing instead.
        practicePhone: practice?.phone || '(téléphone du cabinet à renseigner dans Cabinet)',
      });
    },

    async sendFromPractice(mail: {
      patientId: number;
      to: string;
      subject: string;
      text: string;
      attachments: { filename: string; content: Buffer; contentType: string }[];
    }): Promise<void> {
      const row = deps.accounts.list().find((account) => account.enabled === 1);
      if (!row) throw new DomainError('UNAVAILABLE', 'Aucun compte de messagerie actif : Cabinet › Messagerie.', {});
      const account = deps.accounts.open(row.id);
      const sent = await sendMail(account, { ...mail, inReplyTo: null, references: [] });
      const now = isoAt(deps.clock);
      store.insertMessage(
        {
          account_id: row.id,
          folder: account.row.folder_sent,
          uidvalidity: null,
          uid: null,
          raw_sha256: createHash('sha256').update(sent.raw).digest('hex'),
          direction: 'out',
          message_id: sent.messageId,
          in_reply_to: null,
          references_json: '[]',
          thread_id: store.newThread(mail.subject.toLowerCase(), mail.to, now),
          from_name: account.row.label,
          from_address: account.row.address,
          to_text: mail.to,
          subject: mail.subject,
          sent_at: now,
          received_at: now,
          body_text: mail.text,
          body_html: null,
          body_safe_html: null,
          blocked_images: 0,
          problems_json: JSON.stringify(sent.sentCopy ? [sent.sentCopy] : []),
          category: 'rendez-vous',
          category_rank: 99,
          reasons_json: '[]',
          deciding_rules_json: '[]',
          due_at: null,
          patient_id: mail.patientId,
          patient_evidence: 'rappel de rendez-vous',
          candidates_json: '[]',
          state: 'traite',
        },
        [],
      );
    },

    async reply(input: { id: number; body: string; state: MessageState }, actor: Actor) {
      const original = inbox.require(input.id);
      const refusal = replyRefusal(original);
      if (refusal !== null || original.account_id === null)
        throw new DomainError('INVALID_INPUT', refusal ?? '', { id: 'réponse impossible' });
      const account = deps.accounts.open(original.account_id);
      const references = [
        ...(JSON.parse(original.references_json) as string[]),
        ...(original.message_id ? [original.message_id] : []),
      ];
      let sent: Awaited<ReturnType<typeof sendMail>>;
      try {
        sent = await sendMail(account, {
          to: original.from_address,
          subject: /^re\s*:/i.test(original.subject) ? original.subject : `Re: ${original.subject}`,
          text: input.body,
          inReplyTo: original.message_id,
          references: references.slice(-20),
        });
      } catch (error) {
        // Nothing left the practice: the text stays in the reply box (the window keeps its draft).
        throw new DomainError('UNAVAILABLE', `Réponse non envoyée : ${(error as Error).message}`, {
          body: 'non envoyée',
        });
      }
      const now = isoAt(deps.clock);
      const id = store.insertMessage(
        {
          account_id: original.account_id,
          folder: account.row.folder_sent,
          uidvalidity: null,
          uid: null,
          raw_sha256: createHash('sha256').update(sent.raw).digest('hex'),
          direction: 'out',
          message_id: sent.messageId,
          in_reply_to: original.message_id,
          references_json: JSON.stringify(references),
          thread_id: original.thread_id,
          from_name: account.row.label,
          from_address: account.row.address,
          to_text: original.from_address,
          subject: original.subject,
          sent_at: now,
          received_at: now,
          body_text: input.body,
          body_html: null,
          body_safe_html: null,
          blocked_images: 0,
          problems_json: JSON.stringify(sent.sentCopy ? [sent.sentCopy] : []),
          category: original.category,
          category_rank: 99,
          reasons_json: '[]',
          deciding_rules_json: '[]',
          due_at: null,
          patient_id: original.patient_id,
          patient_evidence: original.patient_evidence,
          candidates_json: '[]',
          state: 'traite',
        },
        [],
      );
      inbox.setState(original.id, input.state);
      if (original.patient_id !== null) deps.audit.trace(actor, 'inbox.reply', original.patient_id, original.subject);
      return { id, sentCopy: sent.sentCopy };
    },
  };
}
