import { Readable } from 'node:stream';
import { actorOf, sessionOf } from '../../api/node/call-context.js';
import { DomainError } from '../../api/common/result.js';
import { packagePath } from '../../lib/package-path.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { DoctorsService } from '../doctors/service.js';
import type { DocumentsService } from '../documents/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import type { TheatreService } from '../theatre/service.js';
import type { UsersService } from '../users/service.js';
import { createAccountsService } from './accounts.js';
import { createCannedReplies } from './canned-replies.js';
import { createIntake, type ExplainDeps, type Intake } from './intake.js';
import { identityHints } from './matching/patient-match.js';
import { readMessage } from './mime/read-message.js';
import { createPresence } from './presence.js';
import { createProtocolGuard, type TestMessage } from './protocol-guard.js';
import { createProtocolService } from './protocol-service.js';
import { createReplies } from './replies.js';
import { createInboxService, type InboxService } from './service.js';
import { createInboxSettingsStore } from './settings-store.js';
import { createInboxStore } from './store.js';
import { createSyncManager, type SyncManager } from './sync/sync-manager.js';

/** Attachments up to this size are kept; a larger one is said on the message and left on the server. */
const MAX_ATTACHMENT_BYTES = 100 * 1_048_576;

export type InboxAreaService = InboxService & {
  readonly intake: Intake;
  readonly sync: SyncManager;
  /** A message given whole (demonstration data, the bench): read and taken as if it had arrived. */
  readonly takeRaw: (raw: Buffer, folder: string) => Promise<{ id: number; created: boolean }>;
  /**
   * Sends a message from the practice's first active account (agenda reminders, issue 12); kept
   * in the patient's exchanges. Throws when no account is set up: nothing pretends to send.
   */
  readonly sendFromPractice: (mail: {
    patientId: number;
    to: string;
    subject: string;
    text: string;
    attachments: { filename: string; content: Buffer; contentType: string }[];
  }) => Promise<void>;
  /** What `paume triage --data-dir` and the bench use: the data folder's protocol and patients. */
  readonly explainDeps: () => Omit<ExplainDeps, 'readStored'>;
};

export function inboxArea(
  context: AreaContext,
  needs: {
    patients: PatientsService;
    documents: DocumentsService;
    audit: AuditService;
    users: UsersService;
    practice: PracticeService;
    doctors: DoctorsService;
    theatre: TheatreService;
  },
): Area<InboxAreaService> {
  const { clock, events } = context;
  const store = createInboxStore(context.db);
  const settings = createInboxSettingsStore(context.db);
  const protocol = createProtocolService({ settings, clock });
  const accounts = createAccountsService({ settings, secrets: context.secrets, clock });
  const canned = createCannedReplies({ settings, clock });
  const presence = createPresence({ events, clock });
  const intakeDeps: Parameters<typeof createIntake>[0] = {
    store,
    protocol,
    clock,
    lookup: {
      search: (query, limit) => needs.patients.search(query, limit),
      byEmail: (address) => needs.patients.byEmail(address),
    },
    patientFacts: (patientId) => {
      const last = needs.theatre.lastOperation(patientId);
      const patient = needs.patients.require(patientId).fields;
      return {
        operatedDaysAgo: last === null ? null : Math.floor((clock() - Date.parse(`${last}T12:00:00Z`)) / 86_400_000),
        openWorkAccident: patient.workAccident,
      };
    },
    isKnownDoctor: (address) => needs.doctors.isKnownEmail(address),
    readStored: needs.documents.readStored,
  };
  const intake = createIntake(intakeDeps);
  const inbox = createInboxService({
    store,
    protocol,
    audit: needs.audit,
    clock,
    events,
    patientsByIds: (ids) => needs.patients.summariesOf(ids),
    requirePatient: (id, field) => needs.patients.require(id, field),
    requireUser: (id) => {
      if (!needs.users.find(id))
        throw new DomainError('NOT_FOUND', `Personne introuvable (n° ${id}).`, { userId: 'introuvable' });
    },
  });
  const sync = createSyncManager({
    accounts,
    store,
    intake,
    events,
    workerFile: packagePath('dist', 'mail-sync-worker.cjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'),
    documentsDir: needs.documents.dir,
    filesKeyHex: context.files.keyHex,
  });
  const replies = createReplies({
    store,
    inbox,
    accounts,
    canned,
    audit: needs.audit,
    clock,
    practice: needs.practice,
    patients: needs.patients,
    theatre: needs.theatre,
  });
  const guard = createProtocolGuard({
    current: () => protocol.current(),
    compiledCurrent: () => protocol.compiled(),
    corrected: (limit) => store.corrected(limit),
    message: (id) => inbox.require(id),
    factsOfRow: (row, patientId) => intake.factsOfRow(row, patientId),
  });
  if (context.backgroundWork) sync.startAll();

  return {
    service: Object.assign(inbox, {
      intake,
      sync,
      takeRaw: async (raw: Buffer, folder: string) =>
        intake.take(
          await readMessage(Readable.from([raw]), (content) =>
            needs.documents.storeStream(content, MAX_ATTACHMENT_BYTES),
          ),
          { accountId: null, folder, uidvalidity: null, uid: null },
        ),
      sendFromPractice: (mail: Parameters<InboxAreaService['sendFromPractice']>[0]) => replies.sendFromPractice(mail),
      explainDeps: () => ({
        compiled: protocol.compiled(),
        lookup: intakeDeps.lookup,
        patientFacts: intakeDeps.patientFacts,
        isKnownDoctor: intakeDeps.isKnownDoctor,
      }),
    }),
    close: () => sync.stopAll(),
    handlers: {
      'inbox.queue': (input, call) => inbox.queue(input, actorOf(call)),
      'inbox.open': (input, call) => inbox.open(input.id, actorOf(call)),
      'inbox.setCategory': (input, call) => {
        inbox.setCategory(input.id, input.category, actorOf(call));
        return done;
      },
      'inbox.setState': (input) => {
        inbox.setState(input.id, input.state);
        return done;
      },
      'inbox.assign': (input) => {
        inbox.assign(input.id, input.userId);
        return done;
      },
      'inbox.snooze': (input) => {
        inbox.snooze(input.id, input.until, input.wakeOnReply);
        return done;
      },
      'inbox.linkPatient': (input, call) => {
        inbox.linkPatient(input.id, input.patientId, input.evidence, actorOf(call));
        intake.retriage(inbox.require(input.id), input.patientId);
        return done;
      },
      'inbox.newPatientHints': (input) => {
        const row = inbox.require(input.id);
        return identityHints({
          fromName: row.from_name,
          fromAddress: row.from_address,
          subject: row.subject,
          text: row.body_text,
          xdm: null,
        });
      },
      'inbox.attach': (input, call) => {
        const row = inbox.require(input.id);
        const file = store.attachment(input.attachmentId);
        if (!file || file.message_id !== row.id)
          throw new DomainError('NOT_FOUND', 'Pièce jointe introuvable dans ce message.', {
            attachmentId: 'introuvable',
          });
        if (row.patient_id === null)
          throw new DomainError('INVALID_INPUT', 'Rattachez d’abord le message à un patient.', {
            id: 'message sans patient',
          });
        if (!file.sha256)
          throw new DomainError('INVALID_INPUT', `Pièce jointe non conservée : ${file.refusal ?? ''}`, {
            attachmentId: 'non conservée',
          });
        if (file.document_id !== null) return { documentId: file.document_id };
        const document = needs.documents.addStored(
          {
            patientId: row.patient_id,
            visitId: input.visitId,
            fileName: file.file_name,
            sha256: file.sha256,
            size: file.size,
          },
          actorOf(call),
        );
        store.setAttachmentDocument(file.id, document.id);
        inbox.changed(row.id);
        return { documentId: document.id };
      },
      'inbox.attachment': (input) => {
        const file = store.attachment(input.id);
        if (!file?.sha256) throw new DomainError('NOT_FOUND', 'Pièce jointe introuvable.', { id: 'introuvable' });
        // Only what is recognised by its content is sent as itself; anything else is a download, never opened.
        const shown = /^(image\/(jpeg|png|gif|webp)|application\/pdf)$/.test(file.mime);
        return {
          fileName: file.file_name,
          mime: shown ? file.mime : 'application/octet-stream',
          contentBase64: needs.documents.readStored(file.sha256).toString('base64'),
        };
      },
      'inbox.requestReview': (input) => {
        inbox.requestReview(input.id, input.on);
        return done;
      },
      'inbox.reply': (input, call) => replies.reply(input, actorOf(call)),
      'inbox.archive': (input, call) => {
        const row = inbox.archive(input.id, actorOf(call));
        // Moved on the server in the background: a slow or absent server never holds the secretary.
        void sync.archiveOnServer(row);
        return done;
      },
      'inbox.allowImages': (input) => {
        inbox.allowImages(input.id);
        return done;
      },
      'inbox.presence': (input, call) => {
        inbox.require(input.id);
        const session = sessionOf(call);
        return presence.announce(input.id, { userId: session.user.id, name: session.user.displayName }, input.activity);
      },
      'inbox.forPatient': (input) => inbox.forPatient(input.patientId),
      'inbox.cannedReplies': () => canned.list(),
      'inbox.fillCanned': (input) => ({ body: replies.fill(input.id, input.cannedId) }),
      'inbox.saveCanned': (input) => ({ id: canned.save(input.id, input.title, input.body) }),
      'inbox.deleteCanned': (input) => {
        canned.remove(input.id);
        return done;
      },
      'inbox.protocol': () => ({
        protocol: protocol.current(),
        isDefault: protocol.isDefault(),
        corrections: store.correctionsByRule().map((row) => ({ ruleId: row.rule, count: row.n })),
      }),
      'inbox.testProtocol': (input) => guard.test(input.protocol, input.messageId ?? (input.message as TestMessage)),
      'inbox.previewProtocol': (input) => guard.preview(input.protocol),
      'inbox.saveProtocol': (input, call) => {
        guard.assertSavable(input.protocol, input.confirmed);
        protocol.save(input.protocol, actorOf(call));
        return done;
      },
      'inbox.resetProtocol': () => {
        protocol.reset();
        return done;
      },
      'inbox.accounts': () => sync.describeAccounts(),
      'inbox.saveAccount': (input) => {
        const id = accounts.save(input);
        sync.restart(id);
        return { id };
      },
      'inbox.testAccount': (input) => sync.test(input.id),
      'inbox.people': () =>
        needs.users
          .list()
          .filter((user) => user.active && user.roles.some((role) => role !== 'theatre'))
          .map((user) => ({ id: user.id, name: user.displayName })),
      'inbox.syncNow': (input) => {
        sync.syncNow(input.id);
        return done;
      },
    },
  };
}
