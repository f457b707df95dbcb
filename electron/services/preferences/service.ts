import { staleEditError } from '../../api/common/result.js';
import type { Preference, PreferenceValue } from '../../api/common/schemas/patient-file.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { PreferencesStore } from './store.js';
import type { PatientExistence } from '../patients/service.js';
import type { PreferencesService } from './interface.js';

export function createPreferencesService(deps: {
  store: PreferencesStore;
  audit: AuditService;
  clock: Clock;
  patients: PatientExistence;
}): PreferencesService {
  const { store, audit, clock } = deps;
  return {
    /** Saves an edit based on `version`; refused with both versions if someone saved this item since. */
    set(patientId: number, value: PreferenceValue, version: number, actor: Actor): Preference[] {
      deps.patients.require(patientId, 'patientId');
      const previous = store.rawValue(patientId, value.item);
      if (!store.set(patientId, value, version, actor.userId, isoAt(clock))) {
        const latest = store.forPatient(patientId).find((preference) => preference.value.item === value.item);
        throw staleEditError(
          'Cette préférence',
          {
            by: latest?.by ?? null,
            at: latest?.at ?? isoAt(clock),
            version: latest?.version ?? 0,
            current: latest?.value ?? null,
          },
          clock(),
        );
      }
      audit.trace(actor, 'preferences.set', patientId, value.item, previous);
      return store.forPatient(patientId);
    },
    forPatient: (patientId: number): Preference[] => store.forPatient(patientId),
  };
}
export type { PreferencesService } from './interface.js';
