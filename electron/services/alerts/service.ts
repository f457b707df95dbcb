import { DomainError } from '../../api/common/result.js';
import { ALERT_UNDO_MINUTES, type Alert } from '../../api/common/schemas/patient-file.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { AlertsStore } from './store.js';
import type { PatientExistence } from '../patients/service.js';
import type { AlertsService } from './interface.js';

export function createAlertsService(deps: {
  store: AlertsStore;
  audit: AuditService;
  clock: Clock;
  patients: PatientExistence;
}): AlertsService {
  const { store, audit, clock } = deps;
  return {
    add(patientId: number, kind: Alert['kind'], detail: string, actor: Actor): Alert[] {
      deps.patients.require(patientId, 'patientId');
      store.insert(patientId, kind, detail, actor.userId, isoAt(clock));
      audit.trace(actor, 'alerts.add', patientId, `${kind} ${detail}`.trim());
      return store.forPatient(patientId);
    },
    /** A vital alert is lifted with a reason (issue 10), kept in the history, undoable for a while. */
    deactivate(id: number, reason: string, actor: Actor): Alert[] {
      const alert = store.get(id);
      if (!alert) throw new DomainError('NOT_FOUND', `Alerte introuvable (n° ${id}).`, { id: 'alerte introuvable' });
      if (!alert.active) throw new DomainError('CONFLICT', 'Cette alerte est déjà levée.', { id: 'alerte déjà levée' });
      store.deactivate(id, reason, actor.userId, isoAt(clock));
      audit.trace(
        actor,
        'alerts.deactivate',
        alert.patientId,
        `${alert.kind} ${alert.detail}`.trim() + ` : ${reason}`,
        JSON.stringify(alert),
      );
      return store.forPatient(alert.patientId);
    },

    /** Puts back an alert lifted by mistake, within ALERT_UNDO_MINUTES of its lifting. */
    reactivate(id: number, actor: Actor): Alert[] {
      const alert = store.get(id);
      if (!alert) throw new DomainError('NOT_FOUND', `Alerte introuvable (n° ${id}).`, { id: 'alerte introuvable' });
      if (alert.active || !alert.lifted)
        throw new DomainError('CONFLICT', 'Cette alerte est active.', { id: 'alerte active' });
      if (clock() - Date.parse(alert.lifted.at) > ALERT_UNDO_MINUTES * 60_000)
        throw new DomainError(
          'CONFLICT',
          `Levée il y a plus de ${ALERT_UNDO_MINUTES} minutes : ajoutez l’alerte de nouveau.`,
          { id: 'délai d’annulation passé' },
        );
      store.reactivate(id);
      audit.trace(
        actor,
        'alerts.reactivate',
        alert.patientId,
        `${alert.kind} ${alert.detail}`.trim(),
        JSON.stringify(alert),
      );
      return store.forPatient(alert.patientId);
    },
    forPatient: (patientId: number): Alert[] => store.forPatient(patientId),
    patientOf: (id: number): number | undefined => store.get(id)?.patientId,
  };
}
export type { AlertsService } from './interface.js';
