import { join } from 'node:path';
import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { PatientsService } from '../patients/service.js';
import type { VisitsService } from '../visits/service.js';
import { createDocumentsService, type DocumentsService } from './service.js';
import { createDocumentsStore } from './store.js';

/** Documents live beside the database, in documents/, named by checksum. */
export function documentsArea(
  context: AreaContext,
  needs: { patients: PatientsService; visits: VisitsService; audit: AuditService },
): Area<DocumentsService> {
  const documents = createDocumentsService({
    store: createDocumentsStore(context.db),
    audit: needs.audit,
    clock: context.clock,
    documentsDir: join(context.dataDir, 'documents'),
    files: context.files,
    patients: needs.patients,
    visitBelongsTo: (visitId, patientId) => needs.visits.get(visitId)?.patientId === patientId,
  });
  return {
    service: documents,
    handlers: {
      'documents.add': (input, call) => {
        const added = documents.add(input, actorOf(call));
        // The file's document list on other seats (issue 22 item 11).
        context.events.emit('patients.changed', { id: input.patientId });
        return added;
      },
      'documents.content': (input, call) => documents.content(input.id, actorOf(call)),
    },
  };
}
