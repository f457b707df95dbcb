import type { Actor } from '../../api/node/call-context.js';
import { patientName } from '../../api/common/french.js';
import { LIAISON_KIND } from '../../api/common/schemas/liaison.js';
import type { AgendaService } from '../agenda/interface.js';
import type { LettersService } from '../letters/service.js';
import type { PatientsService } from '../patients/service.js';
import type { TheatreService } from '../theatre/interface.js';
import type { LiaisonService } from './interface.js';
import { liaisonSections } from './sections.js';

/**
 * The lettre de liaison (issue 26 item 4). It owns no table: the draft and the signed letter are
 * the letters area's, on the case's visit; a letter is « signed » once generated (Courriers).
 */
export function createLiaisonService(deps: {
  theatre: TheatreService;
  letters: LettersService;
  agenda: AgendaService;
  patients: PatientsService;
}): LiaisonService {
  /** The visits of the patient whose lettre de liaison is signed, and those with a draft waiting. */
  const liaisonVisits = (patientId: number) => ({
    signed: new Set(
      deps.letters
        .list(patientId)
        .filter((letter) => letter.kind === LIAISON_KIND)
        .map((letter) => letter.visitId),
    ),
    drafted: new Set(
      deps.letters
        .drafts(patientId)
        .filter((draft) => draft.kind === LIAISON_KIND)
        .map((draft) => draft.visitId),
    ),
  });

  return {
    prepare(caseId: number, actor: Actor) {
      const sheet = deps.theatre.caseSheet(caseId, actor);
      const opened = { patientId: sheet.patientId, visitId: sheet.visitId, kind: LIAISON_KIND };
      const { signed, drafted } = liaisonVisits(sheet.patientId);
      if (signed.has(sheet.visitId) || drafted.has(sheet.visitId)) return opened;
      const next =
        deps.agenda
          .ofPatient(sheet.patientId)
          .upcoming.find((appointment) => appointment.status === 'booked' && appointment.date > sheet.date) ?? null;
      deps.letters.saveDraft(sheet.visitId, LIAISON_KIND, liaisonSections(sheet, next), actor);
      return opened;
    },

    missing(from: string, to: string) {
      return deps.theatre.leftBetween(from, to).flatMap((left) => {
        const { signed, drafted } = liaisonVisits(left.patientId);
        if (left.visitId !== null && signed.has(left.visitId)) return [];
        const { fields } = deps.patients.require(left.patientId);
        return [
          {
            caseId: left.id,
            date: left.date,
            patientId: left.patientId,
            displayName: patientName(fields),
            birthDate: fields.birthDate,
            procedure: left.procedure,
            prepared: left.visitId !== null && drafted.has(left.visitId),
          },
        ];
      });
    },
  };
}
