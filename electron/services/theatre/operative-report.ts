import type { Actor } from '../../api/node/call-context.js';
import { frTime } from '../../api/common/french.js';
import type { LettersService } from '../letters/service.js';
import type { VisitsService } from '../visits/service.js';
import { caseSheet } from './case-sheet.js';
import type { CaseRow, TheatreStore } from './store.js';

const REPORT = 'operative-report';
const at = (iso: string | undefined) => (iso ? frTime(iso) : '…');

/**
 * At the end of a case, its operative report (the existing template) opens pre-filled from the
 * case: procedure, site, anaesthesia, team, times (issue 13). It is written on the case's visit
 * and kept as a draft to dictate into; an existing draft is kept.
 */
export function openOperativeReport(
  deps: { store: TheatreStore; visits: VisitsService; letters: LettersService },
  row: CaseRow,
  actor: Actor,
): { patientId: number; visitId: number; kind: string } {
  const sheet = caseSheet(deps, row, actor);
  if (!deps.letters.draft(sheet.visitId, REPORT).savedDraft) {
    const { times } = sheet;
    deps.letters.saveDraft(
      sheet.visitId,
      REPORT,
      {
        indication: `${sheet.procedure}, ${sheet.site}.`,
        anaesthesia: `${sheet.anaesthesia}.`,
        procedure: `Salle ${sheet.room}${sheet.team ? ` ; équipe : ${sheet.team}` : ''}. Entrée en salle ${at(times.in_room)}, incision ${at(times.incision)}, fin ${at(times.end)}.`,
      },
      actor,
    );
  }
  return { patientId: sheet.patientId, visitId: sheet.visitId, kind: REPORT };
}
