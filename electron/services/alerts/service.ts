import { DomainError } from '../../api/result.js';
import type { Alert } from '../../api/schemas/patient-file.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { AlertsStore } from './store.js';

export function createAlertsService(deps: {
  store: AlertsStore;
  audit: AuditService;
  clock: Clock;
  requirePatient: (id: number, field?: string) => unknown;
}) {
  const { store, audit, clock } = deps;
  return {
    add(patientId: number, kind: Alert['kind'], detail: string, actor: Actor): Alert[] {
      deps.requirePatient(patientId, 'patientId');
      store.insert(patientId, kind, detail, actor.userId, isoAt(clock));
      audit.trace(actor, 'alerts.add', patientId, `${kind} ${detail}`.trim());
      return store.forPatient(patientId);
    },
    deactivate(id: number, actor: Actor): Alert[] {
      const alert = store.get(id);
      if (!alert) throw new DomainError('NOT_FOUND', `Alerte introuvable (n° ${id}).`, { id: 'alerte introuvable' });
      store.deactivate(id);
      audit.trace(
        actor,
        'alerts.deactivate',
        alert.patientId,
        `${alert.kind} ${alert.detail}`.trim(),
        JSON.stringify(alert),
      );
      return store.forPatient(alert.patientId);
    },
    forPatient: (patientId: number): Alert[] => store.forPatient(patientId),
  };
}
export type AlertsService = ReturnType<typeof createAlertsService>;
