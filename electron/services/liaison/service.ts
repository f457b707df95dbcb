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
  const signedVisits = (patientId: number): Set<number> =>
    new Set(
      deps.letters
        .list(patientId)
        .filter((letter) => letter.kind === LIAISON_KIND)
        .map((letter) => letter.visitId),
    );

  return {
    prepare(caseId: number, actor: Actor) {
      const sheet = deps.theatre.caseSheet(caseId, actor);
      const opened = { patientId: sheet.patientId, visitId: sheet.visitId, kind: LIAISON_KIND };
      if (signedVisits(sheet.patientId).has(sheet.visitId)) return opened;
      if (deps.letters.draft(sheet.visitId, LIAISON_KIND).savedDraft) return opened;
      const next =
        deps.agenda
          .ofPatient(sheet.patientId)
          .upcoming.find((appointment) => appointment.status === 'booked' && appointment.date > sheet.date) ?? null;
      deps.letters.saveDraft(sheet.visitId, LIAISON_KIND, liaisonSections(sheet, next), actor);
      return opened;
    },

    missing(from: string, to: string) {
      const drafted = new Map<number, Set<number>>();
      return deps.theatre.leftBetween(from, to).flatMap((left) => {
        const { fields } = deps.patients.require(left.patientId);
        const visitId = deps.theatre.requireCase(left.caseId).visitId;
        if (visitId !== null && signedVisits(left.patientId).has(visitId)) return [];
        if (!drafted.has(left.patientId))
          drafted.set(
            left.patientId,
            new Set(
              deps.letters
                .drafts(left.patientId)
                .filter((draft) => draft.kind === LIAISON_KIND)
                .map((draft) => draft.visitId),
            ),
          );
        return [
          {
            caseId: left.caseId,
            date: left.date,
            patientId: left.patientId,
            displayName: patientName(fields),
            birthDate: fields.birthDate,
            procedure: left.procedure,
            prepared: visitId !== null && (drafted.get(left.patientId)?.has(visitId) ?? false),
          },
        ];
      });
    },
  };
}
