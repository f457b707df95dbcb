import { DomainError } from '../../api/common/result.js';
import type { PracticeService } from '../practice/service.js';

/** The practice's practitioners as the agenda checks and names them. */
export function agendaPractitioners(practice: PracticeService) {
  return {
    /** Throws NOT_FOUND naming `field` when no practitioner has this id. */
    require: (id: number, field: string): void => {
      if (!practice.findPractitioner(id))
        throw new DomainError('NOT_FOUND', `Praticien introuvable (n° ${id}).`, { [field]: 'praticien introuvable' });
    },
    /** « Dr Prénom NOM » by id, read again at each call: a practitioner renamed is named anew. */
    names: () => new Map(practice.listPractitioners().map((p) => [p.id, `${p.title} ${p.firstName} ${p.lastName}`])),
  };
}
