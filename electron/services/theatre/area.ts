import { actorOf } from '../../api/node/call-context.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AlertsService } from '../alerts/service.js';
import type { AuditService } from '../audit/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import type { PreferencesService } from '../preferences/service.js';
import type { DocumentsService } from '../documents/service.js';
import type { LettersService } from '../letters/service.js';
import type { VisitsService } from '../visits/service.js';
import { caseRows } from './case-rows.js';
import { createChecklistService } from './checklist-service.js';
import { dayListPdf } from './day-list-pdf.js';
import { musicFor } from './music.js';
import { openOperativeReport } from './operative-report.js';
import { createTheatreService, type TheatreService } from './service.js';
import { createTheatreStore } from './store.js';

export function theatreArea(
  context: AreaContext,
  needs: {
    patients: PatientsService;
    alerts: AlertsService;
    preferences: PreferencesService;
    practice: PracticeService;
    audit: AuditService;
    visits: VisitsService;
    letters: LettersService;
    documents: DocumentsService;
  },
): Area<TheatreService> {
  const store = createTheatreStore(context.db);
  const theatre = createTheatreService({
    ...needs,
    store,
    clock: context.clock,
    events: context.events,
  });
  const cases = caseRows(store, context.events);
  const checklists = createChecklistService({
    store,
    audit: needs.audit,
    clock: context.clock,
    requireCase: cases.require,
    setStatus: (caseId, status, reason, actor) => theatre.setStatus(caseId, status, reason, actor),
    changed: cases.changed,
    archive: ({ patientId, visitId }, fileName, pdf, actor) => {
      needs.documents.add({ patientId, visitId, fileName, content: pdf }, actor);
    },
  });
  return {
    service: theatre,
    handlers: {
      'theatre.day': (input, call) => theatre.day(input.date, actorOf(call)),
      'theatre.createSession': (input, call) => theatre.createSession(input, actorOf(call)),
      'theatre.addCase': (input, call) => theatre.addCase(input, actorOf(call)),
      'theatre.setStatus': (input, call) => {
        theatre.setStatus(input.caseId, input.status, input.reason, actorOf(call), input.force);
        return done;
      },
      'theatre.checklist': (input) => checklists.read(input.caseId),
      'theatre.dayPdf': (input, call) => dayListPdf(input.date, theatre.day(input.date, actorOf(call))),
      'theatre.music': (input) =>
        musicFor(theatre.requireCase(input.caseId).patientId, {
          dataDir: context.dataDir,
          preferences: needs.preferences,
        }),
      'theatre.operativeReport': (input, call) =>
        openOperativeReport(
          { store, visits: needs.visits, letters: needs.letters },
          cases.require(input.caseId),
          actorOf(call),
        ),
      'theatre.answerChecklist': (input, call) => checklists.answer(input, actorOf(call)),
      'theatre.moveCase': (input) => {
        theatre.moveCase(input.caseId, input.position);
        return done;
      },
    },
  };
}
