import { DomainError, staleEditError } from '../../api/common/result.js';
import type { Practice, PracticeRead, Practitioner, PractitionerInput } from '../../api/common/schemas/practice.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { EventBus } from '../../api/common/contract.js';
import type { PracticeStore } from './store.js';
import type { PracticeService } from './interface.js';

export function createPracticeService(deps: { store: PracticeStore; events: EventBus; clock: Clock }): PracticeService {
  const { store, events, clock } = deps;

  function requirePractice(): PracticeRead {
    const practice = store.getPractice();
    if (!practice)
      throw new DomainError('NOT_FOUND', 'Le cabinet n’est pas encore créé : terminez la première mise en route.');
    return practice;
  }

  function refuseDuplicateRpps(rpps: string, exceptId: number | null): void {
    const existing = store.findPractitionerByRpps(rpps);
    if (existing && existing.id !== exceptId) {
      const message = `Ce numéro RPPS est déjà celui de ${existing.title} ${existing.firstName} ${existing.lastName}.`;
      throw new DomainError('CONFLICT', message, { rpps: message });
    }
  }

  return {
    getPractice: requirePractice,
    findPractice: (): Practice | null => store.getPractice(),
    createPractice: (name: string): void => {
      store.createPractice(name, isoAt(clock));
    },

    /** Saves an edit based on `version`; refused with both versions if someone saved since. */
    updatePractice(practice: Practice, version: number, userId: number): PracticeRead {
      requirePractice();
      if (!store.updatePractice(practice, version, userId, isoAt(clock))) {
        const { version: latestVersion, ...current } = requirePractice();
        const change = store.practiceChange();
        throw staleEditError(
          'Le cabinet',
          { by: change?.by ?? null, at: change?.at ?? isoAt(clock), version: latestVersion, current },
          clock(),
        );
      }
      const saved = requirePractice();
      events.emit('practice.changed', saved);
      return saved;
    },

    listPractitioners: (): Practitioner[] => store.listPractitioners(),
    findPractitioner: (id: number): Practitioner | null => store.getPractitioner(id),

    createPractitioner(input: PractitionerInput): Practitioner {
      refuseDuplicateRpps(input.rpps, null);
      const id = store.insertPractitioner(input, isoAt(clock));
      events.emit('practice.practitionersChanged', { id });
      return this.getPractitioner(id);
    },

    /** Saves an edit based on `version`; refused with both versions if someone saved since. */
    updatePractitioner(
      id: number,
      input: PractitionerInput,
      active: boolean,
      change: { version: number; userId: number },
    ): Practitioner {
      this.getPractitioner(id);
      refuseDuplicateRpps(input.rpps, id);
      if (!store.updatePractitioner(id, input, active, { ...change, now: isoAt(clock) })) {
        const { version: latestVersion, id: _id, ...current } = this.getPractitioner(id);
        const last = store.practitionerChange(id);
        throw staleEditError(
          'Ce praticien',
          { by: last?.by ?? null, at: last?.at ?? isoAt(clock), version: latestVersion, current },
          clock(),
        );
      }
      events.emit('practice.practitionersChanged', { id });
      return this.getPractitioner(id);
    },

    getPractitioner(id: number): Practitioner {
      const practitioner = store.getPractitioner(id);
      if (!practitioner)
        throw new DomainError('NOT_FOUND', `Praticien introuvable (n° ${id}).`, { id: 'praticien introuvable' });
      return practitioner;
    },
  };
}
export type { PracticeService } from './interface.js';
