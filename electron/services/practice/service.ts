import { DomainError } from '../../api/result.js';
import type { Practice, Practitioner, PractitionerInput } from '../../api/schemas/practice.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { EventBus } from '../../api/contract.js';
import type { PracticeStore } from './store.js';

export function createPracticeService(deps: { store: PracticeStore; events: EventBus; clock: Clock }) {
  const { store, events, clock } = deps;

  function requirePractice(): Practice {
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

    updatePractice(practice: Practice): Practice {
      requirePractice();
      store.updatePractice(practice, isoAt(clock));
      const saved = requirePractice();
      events.emit('practice.changed', saved);
      return saved;
    },

    listPractitioners: (): Practitioner[] => store.listPractitioners(),
    findPractitioner: (id: number): Practitioner | null => store.getPractitioner(id),

    createPractitioner(input: PractitionerInput): Practitioner {
      refuseDuplicateRpps(input.rpps, null);
      const id = store.insertPractitioner(input, isoAt(clock));
      events.emit('practitioners.changed', { id });
      return this.getPractitioner(id);
    },

    updatePractitioner(id: number, input: PractitionerInput, active: boolean): Practitioner {
      this.getPractitioner(id);
      refuseDuplicateRpps(input.rpps, id);
      store.updatePractitioner(id, input, active, isoAt(clock));
      events.emit('practitioners.changed', { id });
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
export type PracticeService = ReturnType<typeof createPracticeService>;
