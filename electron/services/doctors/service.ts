import { DomainError } from '../../api/common/result.js';
import type { Doctor } from '../../api/common/schemas/patients.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { foldName } from '../../lib/name-folding.js';
import type { DoctorsStore } from './store.js';
import type { DoctorsService } from './interface.js';

export function createDoctorsService(deps: { store: DoctorsStore; clock: Clock }): DoctorsService {
  return {
    search: (query: string, limit: number): Doctor[] => {
      const prefix = foldName(query).replace(/ /g, '');
      return prefix ? deps.store.search(prefix, limit) : [];
    },
    create: (doctor: Omit<Doctor, 'id'>): Doctor => {
      const id = deps.store.insert(doctor, isoAt(deps.clock));
      return deps.store.get(id) as Doctor;
    },
    isKnownEmail: (address: string): boolean => address !== '' && deps.store.hasEmail(address),
    find: (id: number | null): Doctor | null => (id === null ? null : deps.store.get(id)),
    require(id: number | null, field: string): void {
      if (id !== null && !deps.store.get(id))
        throw new DomainError('NOT_FOUND', 'Ce médecin n’est pas dans l’annuaire.', { [field]: 'médecin introuvable' });
    },
  };
}
export type { DoctorsService } from './interface.js';
