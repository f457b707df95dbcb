import { frDate } from '../../api/common/french.js';
import { parisToday, shiftDay } from '../../api/common/paris-day.js';
import { DomainError, staleEditError } from '../../api/common/result.js';
import type { Visit } from '../../api/common/schemas/patient-file.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { VisitsStore } from './store.js';
import type { PatientExistence } from '../patients/service.js';
import type { VisitsService, VisitFields } from './interface.js';

export function createVisitsService(deps: {
  store: VisitsStore;
  audit: AuditService;
  clock: Clock;
  patients: PatientExistence;
  practitionerExists: (id: number) => boolean;
}): VisitsService {
  const { store, audit, clock } = deps;

  function check(fields: VisitFields): void {
    // An empty visit is a mis-click, not a consultation (issue 10); a planned one may wait for its notes.
    if (fields.kind !== 'scheduled' && !fields.diagnosis.trim() && !fields.notes.trim())
      throw new DomainError('INVALID_INPUT', 'Consultation vide : notez au moins le diagnostic ou quelques notes.', {
        diagnosis: 'diagnostic ou notes à remplir',
      });
    if (fields.practitionerId !== null && !deps.practitionerExists(fields.practitionerId)) {
      throw new DomainError('NOT_FOUND', 'Praticien introuvable.', { practitionerId: 'praticien introuvable' });
    }
    // The Paris day: a consultation typed at 00:30 is today's, and tomorrow is tomorrow in Paris.
    const tomorrow = shiftDay(parisToday(clock), 1);
    if (fields.date > tomorrow && fields.kind !== 'scheduled') {
      throw new DomainError('INVALID_INPUT', 'Seule une consultation programmée peut être datée dans le futur.', {
        date: 'date dans le futur',
      });
    }
  }

  /** The visit, or a field error naming `field` (the input that carried the number). */
  function require(id: number, field = 'id') {
    const visit = store.get(id);
    if (!visit)
      throw new DomainError('NOT_FOUND', `Consultation introuvable (n° ${id}).`, {
        [field]: 'consultation introuvable',
      });
    return visit;
  }

  return {
    create(patientId: number, fields: VisitFields, actor: Actor): Visit {
      deps.patients.require(patientId, 'patientId');
      check(fields);
      const id = store.insert(patientId, fields, actor.userId, isoAt(clock));
      audit.trace(actor, 'visits.create', patientId, `consultation n° ${id} du ${fields.date}`);
      return store.get(id) as Visit;
    },
    /** Saves an edit based on `version`; refused with both versions if someone saved since. */
    update(id: number, fields: VisitFields, version: number, actor: Actor): Visit {
      const before = require(id);
      check(fields);
      if (!store.update(id, fields, version, actor.userId, isoAt(clock))) {
        const { patientId: _patientId, ...latest } = require(id);
        const change = store.lastChange(id);
        throw staleEditError(
          'Cette consultation',
          { by: change?.by ?? null, at: change?.at ?? isoAt(clock), version: latest.version, current: latest },
          clock(),
        );
      }
      const { patientId, ...previous } = before;
      // A corrected date is named in the journal (issue 22 item 4): which day became which.
      const dateChange =
        before.date === fields.date ? '' : ` : date corrigée du ${frDate(before.date)} au ${frDate(fields.date)}`;
      audit.trace(actor, 'visits.update', patientId, `consultation n° ${id}${dateChange}`, JSON.stringify(previous));
      return store.get(id) as Visit;
    },
    get: (id: number) => store.get(id),
    require,
    recent: (patientId: number, limit: number): Visit[] => store.recent(patientId, limit),
    stats: (patientId: number) => store.stats(patientId),
  };
}
export type { PatientVisit, VisitsService, VisitFields } from './interface.js';
