import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { PatientsService } from '../patients/service.js';
import { createAlertsService, type AlertsService } from './service.js';
import { createAlertsStore } from './store.js';

export function alertsArea(
  context: AreaContext,
  needs: { patients: PatientsService; audit: AuditService },
): Area<AlertsService> {
  const alerts = createAlertsService({
    store: createAlertsStore(context.db),
    audit: needs.audit,
    clock: context.clock,
    patients: needs.patients,
  });
  return {
    service: alerts,
    handlers: {
      'alerts.add': (input, call) => alerts.add(input.patientId, input.kind, input.detail, actorOf(call)),
      'alerts.deactivate': (input, call) => alerts.deactivate(input.id, input.reason, actorOf(call)),
      'alerts.reactivate': (input, call) => alerts.reactivate(input.id, actorOf(call)),
    },
  };
}
