import { actorOf } from '../../api/node/call-context.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { DoctorsService } from '../doctors/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import type { UsersService } from '../users/service.js';
import type { VisitsService } from '../visits/service.js';
import { packagePath } from '../../lib/package-path.js';
import { findLibreOffice } from './pdf.js';
import { createRenderPool } from './render-pool.js';
import { createLettersService, type LettersService } from './service.js';
import { createLettersStore } from './store.js';

export function lettersArea(
  context: AreaContext,
  needs: {
    patients: PatientsService;
    doctors: DoctorsService;
    visits: VisitsService;
    audit: AuditService;
    practice: PracticeService;
    users: UsersService;
  },
): Area<LettersService> {
  // Asked once, in the PDF queue (never on a request): starting LibreOffice to ask takes a second.
  let libreOffice: Promise<string | null> | undefined;
  // Packaged, the worker file sits beside the asar archive (electron-builder.yml, asarUnpack).
  const renderer = createRenderPool(
    packagePath('dist', 'letter-render-worker.cjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'),
  );
  const letters = createLettersService({
    store: createLettersStore(context.db),
    patients: needs.patients,
    doctors: needs.doctors,
    visits: needs.visits,
    audit: needs.audit,
    events: context.events,
    clock: context.clock,
    dataDir: context.dataDir,
    files: context.files,
    practice: () => needs.practice.getPractice(),
    practitioner: (id) => needs.practice.findPractitioner(id),
    practitionerOfUser: (userId) => needs.users.find(userId)?.practitionerId ?? null,
    libreOffice: () => (libreOffice ??= findLibreOffice()),
    renderer,
  });
  return {
    service: letters,
    close: () => renderer.close(),
    handlers: {
      'letters.templates': () => letters.templates(),
      'letters.draft': (input) => letters.draft(input.visitId, input.kind),
      'letters.saveDraft': (input, call) => letters.saveDraft(input.visitId, input.kind, input.sections, actorOf(call)),
      'letters.discardDraft': (input, call) => {
        letters.discardDraft(input.visitId, input.kind, actorOf(call));
        return done;
      },
      'letters.drafts': (input) => letters.drafts(input.patientId),
      'letters.preview': (input, call) => letters.preview(input.visitId, input.kind, input.sections, actorOf(call)),
      'letters.generate': (input, call) => letters.generate(input.visitId, input.kind, input.sections, actorOf(call)),
      'letters.list': (input) => letters.list(input.patientId),
      'letters.file': (input, call) => letters.file(input.id, input.format, actorOf(call)),
      'letters.uploadTemplate': (input, call) => {
        letters.uploadTemplate(input.kind, input.content, input.fileName, actorOf(call));
        return done;
      },
    },
  };
}
