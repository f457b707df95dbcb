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
  // An alert added or lifted shows at once on every seat with that file open, the Bloc's list
  // included (issue 22 item 11): the patient is named by the alert itself.
  const fileChanged = (patientId: number | undefined) => {
    if (patientId !== undefined) context.events.emit('patients.changed', { id: patientId });
  };
  return {
    service: alerts,
    handlers: {
      'alerts.add': (input, call) => {
        const list = alerts.add(input.patientId, input.kind, input.detail, actorOf(call));
        fileChanged(input.patientId);
        return list;
      },
      'alerts.deactivate': (input, call) => {
        const list = alerts.deactivate(input.id, input.reason, actorOf(call));
        fileChanged(alerts.patientOf(input.id));
        return list;
      },
      'alerts.reactivate': (input, call) => {
        const list = alerts.reactivate(input.id, actorOf(call));
        fileChanged(alerts.patientOf(input.id));
        return list;
      },
    },
  };
}
