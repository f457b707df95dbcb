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
  // A consultation typed on one seat shows on every seat with that file open (issue 22 item 11).
  const fileChanged = (id: number) => {
    context.events.emit('patients.changed', { id });
  };
  return {
    service: visits,
    handlers: {
      'visits.create': ({ patientId, ...fields }, call) => {
        const saved = visits.create(patientId, fields, actorOf(call));
        fileChanged(patientId);
        return saved;
      },
      'visits.update': ({ id, version, ...fields }, call) => {
        const saved = visits.update(id, fields, version, actorOf(call));
        const patientId = visits.get(id)?.patientId;
        if (patientId !== undefined) fileChanged(patientId);
        return saved;
      },
    },
  };
}
