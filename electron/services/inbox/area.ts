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
import { createAttachments } from './attachments.js';
import { createCallRequestStore } from './call-request-store.js';
import { createCannedReplies } from './canned-replies.js';
import { createIntake, dueAt } from './intake.js';
import { triage } from './triage/engine.js';
import { createPresence } from './presence.js';
import { createProtocolGuard, type TestMessage } from './protocol-guard.js';
import { createProtocolService } from './protocol-service.js';
import { createReplies } from './replies.js';
import { patientFactsReader } from './patient-facts.js';
import { rawMessageTaker } from './raw-message.js';
import { createInboxService } from './service.js';
import type { InboxAreaService } from './interface.js';
import { createInboxSettingsStore } from './settings-store.js';
import { createInboxStore } from './store.js';
import { createSyncManager } from './sync/sync-manager.js';

export type { InboxAreaService } from './interface.js';

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
    patientFacts: patientFactsReader({ patients: needs.patients, theatre: needs.theatre, clock }),
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
    patients: needs.patients,
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
    stallMs: context.mailStallMs,
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
  const attachments = createAttachments({ store, inbox, documents: needs.documents });
  const callRequests = createCallRequestStore(context.db);
  if (context.backgroundWork) sync.startAll();

  return {
    service: {
      ...inbox,
      sync,
      takeRaw: rawMessageTaker({ intake, documents: needs.documents }),
      sendFromPractice: (mail) => replies.sendFromPractice(mail),
      takeCall: (call) => {
        const id = callRequests.insert(call);
        inbox.changed(id);
        return id;
      },
      triageCall: (notes, caller) => {
        const facts =
          caller.patientId === null
            ? { operatedDaysAgo: null, openWorkAccident: false }
            : intakeDeps.patientFacts(caller.patientId);
        const result = triage(protocol.compiled(), {
          subject: '',
          body: notes,
          isReply: false,
          photoNames: [],
          sender: caller.sender,
          sentAt: new Date(clock()).toISOString(),
          ...facts,
        });
        return { ...result, dueAt: dueAt(protocol.current(), result.category, clock()) };
      },
      explainDeps: () => ({
        compiled: protocol.compiled(),
        lookup: intakeDeps.lookup,
        patientFacts: intakeDeps.patientFacts,
        isKnownDoctor: intakeDeps.isKnownDoctor,
      }),
    },
    close: () => sync.stopAll(),
    handlers: {
      'inbox.queue': (input, call) => inbox.queue(input, actorOf(call)),
      'inbox.open': (input, call) => inbox.open(input.id, actorOf(call)),
      'inbox.setCategory': (input, call) => {
        inbox.setCategory(input.id, input.category, actorOf(call), input.reason);
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
        inbox.linkPatient(input.id, input.patientId, input.evidence, input.confirmMismatch, actorOf(call));
        intake.retriage(inbox.require(input.id), input.patientId);
        return done;
      },
      'inbox.newPatientHints': (input) => inbox.newPatientHints(input.id),
      'inbox.attach': (input, call) => attachments.file(input.id, input.attachmentId, input.visitId, actorOf(call)),
      'inbox.attachment': (input) => attachments.content(input.id),
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
