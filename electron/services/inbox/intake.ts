import { CATEGORY_CODES, type CategoryCode, type TriageProtocol } from '../../api/common/schemas/inbox-protocol.js';
import type { PatientCandidate } from '../../api/common/schemas/inbox.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { findCandidates, type MatchClues, type PatientLookup } from './matching/patient-match.js';
import type { ReadMessage } from './mime/read-message.js';
import { readXdm } from './mime/xdm.js';
import type { ProtocolService } from './protocol-service.js';
import type { InboxStore, MessageRow } from './store.js';
import { triage, type CompiledProtocol, type MessageFacts, type TriageResult } from './triage/engine.js';
import { senderKind } from './triage/sender-kind.js';
import { sniffMime } from './mime/sniff.js';

export interface PatientFacts {
  operatedDaysAgo: number | null;
  openWorkAccident: boolean;
}

export interface IntakeDeps {
  store: InboxStore;
  protocol: ProtocolService;
  clock: Clock;
  lookup: PatientLookup;
  patientFacts: (patientId: number) => PatientFacts;
  isKnownDoctor: (address: string) => boolean;
  /** Where a stored attachment is on disk (the documents store). */
  /** The clear content of a stored attachment (the store is encrypted on disk). */
  readStored: (sha256: string) => Buffer;
}

const ANSWER_PREFIX = /^\s*(re|aw|réf|ref)\s*(\[\d+\])?\s*:/i;
const REPLY_PREFIX = /^\s*((re|tr|fw|fwd|aw|réf)\s*(\[\d+\])?\s*:\s*)+/i;
/** The subject without "Re:", "TR:"…, folded: what threads messages whose headers were lost. */
export const subjectKey = (subject: string) =>
  subject
    .replace(REPLY_PREFIX, '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export function dueAt(protocol: TriageProtocol, category: CategoryCode, from: number): string | null {
  const minutes = protocol.deadlines[category];
  return minutes === null ? null : new Date(from + minutes * 60_000).toISOString();
}

export const rankOf = (category: CategoryCode) => CATEGORY_CODES.indexOf(category);

/** The patient named by an MSSanté XDM archive among the attachments, if one is there and reads. */
export function xdmOf(
  message: ReadMessage,
  readStored: (sha256: string) => Buffer,
): { patient: MatchClues['xdm']; problem: string | null } {
  const archive = message.attachments.find((file) => file.sha256 && /IHE_XDM\.ZIP$/i.test(file.fileName));
  if (!archive?.sha256) return { patient: null, problem: null };
  if (archive.size > 80 * 1_048_576)
    return { patient: null, problem: `${archive.fileName} : archive XDM de plus de 80 Mo, non ouverte` };
  const read = readXdm(readStored(archive.sha256));
  return 'refusal' in read
    ? { patient: null, problem: `${archive.fileName} : ${read.refusal}` }
    : { patient: read, problem: null };
}

export type ExplainDeps = Pick<IntakeDeps, 'lookup' | 'patientFacts' | 'isKnownDoctor' | 'readStored'> & {
  compiled: CompiledProtocol;
  /** The practice's own mail addresses: its earlier messages, quoted in a reply, do not count. */
  practiceAddresses?: readonly string[];
};

/**
 * The patient candidates and the category of a message, with the reasons: the one function sync,
 * `paume triage` and the bench all call (issue 11).
 */
export function explain(
  message: ReadMessage,
  deps: ExplainDeps,
): { candidates: PatientCandidate[]; result: TriageResult; problems: string[] } {
  const xdm = xdmOf(message, deps.readStored);
  const candidates = findCandidates(deps.lookup, {
    fromName: message.from.name,
    fromAddress: message.from.address,
    subject: message.subject,
    text: message.text,
    xdm: xdm.patient,
  });
  const sure = candidates.find((candidate) => candidate.strength !== 'weak');
  const facts: PatientFacts = sure
    ? deps.patientFacts(sure.patient.id)
    : { operatedDaysAgo: null, openWorkAccident: false };
  const messageFacts: MessageFacts = {
    subject: message.subject,
    body: message.text,
    // A reply's subject is the practice's own; a forward's is the original writer's and counts (issue 23).
    isReply: ANSWER_PREFIX.test(message.subject),
    sentAt: message.sentAt,
    practice: [message.to, ...(deps.practiceAddresses ?? [])],
    photoNames: message.attachments
      .filter((file) => file.sha256 && sniffMime(file.head).startsWith('image/'))
      .map((file) => file.fileName),
    sender: senderKind(message.from, { patient: Boolean(sure), doctor: deps.isKnownDoctor(message.from.address) }),
    ...facts,
  };
  return { candidates, result: triage(deps.compiled, messageFacts), problems: xdm.problem ? [xdm.problem] : [] };
}

/** Everything a message is given on arrival: its thread, its patient candidates, its category and reasons. */
export function createIntake(deps: IntakeDeps) {
  const { store, clock } = deps;

  function threadOf(message: ReadMessage, now: string): number {
    for (const id of [message.inReplyTo, ...message.references.slice().reverse()]) {
      if (!id) continue;
      const known = store.byMessageId(id);
      if (known) return known.thread_id;
    }
    const key = subjectKey(message.subject);
    // Without threading headers: same sender and same subject within 30 days.
    const since = new Date(clock() - 30 * 86_400_000).toISOString();
    return REPLY_PREFIX.test(message.subject)
      ? store.threadFor(message.from.address, key, since, now)
      : store.newThread(key, message.from.address, now);
  }

  /** What the protocol is given for a stored message: the same facts as on its arrival, the patient's record now known. */
  function factsOfRow(row: MessageRow, patientId: number | null): MessageFacts {
    const facts: PatientFacts =
      patientId === null ? { operatedDaysAgo: null, openWorkAccident: false } : deps.patientFacts(patientId);
    return {
      subject: row.subject,
      body: row.body_text,
      isReply: ANSWER_PREFIX.test(row.subject),
      photoNames: store
        .attachments(row.id)
        .filter((file) => file.sha256 && file.mime.startsWith('image/'))
        .map((file) => file.file_name),
      sender: senderKind(
        { name: row.from_name, address: row.from_address },
        { patient: patientId !== null, doctor: deps.isKnownDoctor(row.from_address) },
      ),
      sentAt: row.sent_at,
      practice: [row.to_text],
      ...facts,
    };
  }

  return {
    /**
     * Sorts a stored message again once a person has linked its patient: the patient's record
     * (operated lately, a work accident) now counts. Only a category no person corrected changes.
     */
    factsOfRow,
    retriage(row: MessageRow, patientId: number | null): void {
      const result = triage(deps.protocol.compiled(), factsOfRow(row, patientId));
      store.retriage(row.id, {
        category: result.category,
        rank: rankOf(result.category),
        reasons: JSON.stringify(result.reasons),
        rules: JSON.stringify(result.decidingRules),
        dueAt: dueAt(deps.protocol.current(), result.category, Date.parse(row.received_at)),
      });
    },
    /**
     * Stores a message read from a folder. A message already there (same raw bytes from the same
     * account: a resync after UIDVALIDITY changed) only gets its new UID; nothing is doubled.
     */
    take(
      message: ReadMessage,
      origin: { accountId: number | null; folder: string; uidvalidity: string | null; uid: number | null },
    ) {
      const existing = store.byRaw(origin.accountId, message.rawSha256);
      if (existing !== null) {
        if (origin.uidvalidity !== null && origin.uid !== null)
          store.moveUid(existing, origin.folder, origin.uidvalidity, origin.uid);
        return { id: existing, created: false };
      }
      const now = isoAt(clock);
      const { candidates, result, problems } = explain(message, { ...deps, compiled: deps.protocol.compiled() });
      const threadId = threadOf(message, now);
      const protocol = deps.protocol.current();
      const id = store.insertMessage(
        {
          account_id: origin.accountId,
          folder: origin.folder,
          uidvalidity: origin.uidvalidity,
          uid: origin.uid,
          raw_sha256: message.rawSha256,
          direction: 'in',
          message_id: message.messageId,
          in_reply_to: message.inReplyTo,
          references_json: JSON.stringify(message.references),
          thread_id: threadId,
          from_name: message.from.name,
          from_address: message.from.address,
          to_text: message.to,
          subject: message.subject,
          sent_at: message.sentAt,
          received_at: now,
          body_text: message.text,
          body_html: message.html,
          body_safe_html: message.safeHtml?.html ?? null,
          blocked_images: message.safeHtml?.blockedImages ?? 0,
          problems_json: JSON.stringify([
            ...message.problems,
            ...problems,
            ...message.attachments.flatMap((file) => (file.refusal ? [`${file.fileName} : ${file.refusal}`] : [])),
          ]),
          category: result.category,
          category_rank: rankOf(result.category),
          reasons_json: JSON.stringify(result.reasons),
          deciding_rules_json: JSON.stringify(result.decidingRules),
          due_at: dueAt(protocol, result.category, clock()),
          patient_id: null,
          patient_evidence: '',
          candidates_json: JSON.stringify(candidates),
          state: 'nouveau',
        },
        message.attachments.map((file) => ({
          file_name: file.fileName,
          declared_mime: file.declaredMime,
          mime: file.sha256 ? sniffMime(file.head) : file.declaredMime,
          size: file.size,
          sha256: file.sha256,
          refusal: file.refusal,
        })),
      );
      // A reply wakes the messages of its thread snoozed with "wake me if they reply".
      store.wakeThread(threadId);
      return { id, created: true };
    },
  };
}
export type Intake = ReturnType<typeof createIntake>;
