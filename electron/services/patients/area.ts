import { actorOf } from '../../api/node/call-context.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { DoctorsService } from '../doctors/service.js';
import { createPatientsService, type PatientsService } from './service.js';
import { createPatientsStore } from './store.js';

/** Identities: search, creation, INS status, merge. The whole file is the patient-file area. */
export function patientsArea(
  context: AreaContext,
  needs: { doctors: DoctorsService; audit: AuditService },
): Area<PatientsService> {
  const patients = createPatientsService({
    store: createPatientsStore(context.db),
    doctors: needs.doctors,
    audit: needs.audit,
    clock: context.clock,
  });
  // Only the number goes out: a seat showing that file reads it again (and is traced for it).
  const changed = (id: number) => {
    context.events.emit('patients.changed', { id });
  };
  return {
    service: patients,
    handlers: {
      'patients.search': (input) => patients.search(input.query, input.limit),
      'patients.findDuplicates': (input) => patients.findDuplicates(input),
      'patients.create': ({ confirmNotDuplicate, ...fields }, call) => ({
        id: patients.create(fields, confirmNotDuplicate, actorOf(call)),
      }),
      'patients.update': ({ id, version, ...fields }, call) => {
        const saved = patients.update(id, fields, version, actorOf(call));
        if (saved !== version) changed(id);
        return { version: saved };
      },
      'patients.changeIdentityStatus': (input, call) => {
        patients.changeIdentityStatus(input.id, input.status, input.reason, input.idDocument, actorOf(call));
        changed(input.id);
        return done;
      },
      'patients.merge': (input, call) => {
        patients.merge(input.keepId, input.mergeId, input.reason, actorOf(call));
        changed(input.keepId);
        changed(input.mergeId);
        return done;
      },
    },
  };
}
