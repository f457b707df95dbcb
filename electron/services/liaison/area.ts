import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import type { AgendaService } from '../agenda/interface.js';
import type { LettersService } from '../letters/service.js';
import type { PatientsService } from '../patients/service.js';
import type { TheatreService } from '../theatre/interface.js';
import type { LiaisonService } from './interface.js';
import { createLiaisonService } from './service.js';

export function liaisonArea(
  _context: AreaContext,
  needs: { theatre: TheatreService; letters: LettersService; agenda: AgendaService; patients: PatientsService },
): Area<LiaisonService> {
  const liaison = createLiaisonService(needs);
  // Prepared the moment the patient leaves, whoever records « sorti » (the Bloc's own staff too).
  needs.theatre.onLeft((caseId, actor) => {
    liaison.prepare(caseId, actor);
  });
  return {
    service: liaison,
    handlers: {
      'liaison.open': (input, call) => liaison.prepare(input.caseId, actorOf(call)),
      'liaison.missing': (input) => liaison.missing(input.from, input.to),
    },
  };
}
