import type { Preference, PreferenceValue } from '../../api/schemas/patient-file.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { PreferencesStore } from './store.js';

export function createPreferencesService(deps: {
  store: PreferencesStore;
  audit: AuditService;
  clock: Clock;
  requirePatient: (id: number, field?: string) => unknown;
}) {
  const { store, audit, clock } = deps;
  return {
    set(patientId: number, value: PreferenceValue, actor: Actor): Preference[] {
      deps.requirePatient(patientId, 'patientId');
      const previous = store.rawValue(patientId, value.item);
      store.set(patientId, value, actor.userId, isoAt(clock));
      audit.trace(actor, 'preferences.set', patientId, value.item, previous);
      return store.forPatient(patientId);
    },
    forPatient: (patientId: number): Preference[] => store.forPatient(patientId),
  };
}
export type PreferencesService = ReturnType<typeof createPreferencesService>;
