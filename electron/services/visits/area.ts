import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';
import { createVisitsService, type VisitsService } from './service.js';
import { createVisitsStore } from './store.js';

export function visitsArea(
  context: AreaContext,
  needs: { patients: PatientsService; audit: AuditService; practice: PracticeService },
): Area<VisitsService> {
  const visits = createVisitsService({
    store: createVisitsStore(context.db),
    audit: needs.audit,
    clock: context.clock,
    patients: needs.patients,
    practitionerExists: (id) => needs.practice.findPractitioner(id) !== null,
  });
  return {
    service: visits,
    handlers: {
      'visits.create': ({ patientId, ...fields }, call) => visits.create(patientId, fields, actorOf(call)),
      'visits.update': ({ id, version, ...fields }, call) => visits.update(id, fields, version, actorOf(call)),
    },
  };
}
