import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { PatientsService } from '../patients/service.js';
import { createPreferencesService, type PreferencesService } from './service.js';
import { createPreferencesStore } from './store.js';

export function preferencesArea(
  context: AreaContext,
  needs: { patients: PatientsService; audit: AuditService },
): Area<PreferencesService> {
  const preferences = createPreferencesService({
    store: createPreferencesStore(context.db),
    audit: needs.audit,
    clock: context.clock,
    patients: needs.patients,
  });
  return {
    service: preferences,
    handlers: {
      'preferences.set': (input, call) => {
        const saved = preferences.set(input.patientId, input.value, input.version, actorOf(call));
        // Other seats with this file open read it again (the theatre list too).
        context.events.emit('patients.changed', { id: input.patientId });
        return saved;
      },
    },
  };
}
