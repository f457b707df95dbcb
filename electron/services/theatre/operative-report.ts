import type { Actor } from '../../api/node/call-context.js';
import { DomainError } from '../../api/common/result.js';
import { frTime } from '../../api/common/french.js';
import { DIGIT_LABELS } from '../../api/common/schemas/patient-file.js';
import { ANAESTHESIA_LABELS, ZONE_LABELS, type TheatreCase } from '../../api/common/schemas/theatre.js';
import type { LettersService } from '../letters/service.js';
import type { VisitsService } from '../visits/service.js';
import type { CaseRow, TheatreStore } from './store.js';

const REPORT = 'operative-report';
const at = (iso: string | undefined) => (iso ? frTime(iso) : '…');

/**
 * At the end of a case, its operative report (the existing template) opens pre-filled from the
 * case: procedure, site, anaesthesia, team, times (issue 13). It is written on a visit of the
 * patient, made the first time, and kept as a draft to dictate into; an existing draft is kept.
 */
export function openOperativeReport(
  deps: { store: TheatreStore; visits: VisitsService; letters: LettersService },
  row: CaseRow,
  actor: Actor,
): { patientId: number; visitId: number; kind: string } {
  const session = deps.store.session(row.session_id);
  if (!session) throw new DomainError('NOT_FOUND', 'Vacation introuvable.');
  const digits = JSON.parse(row.digits) as TheatreCase['digits'];
  const side = row.side === 'right' ? 'droite' : 'gauche';
  const site = [
    `main ${side}`,
    digits.map((digit) => `${DIGIT_LABELS[digit].toLowerCase()} (${digit})`).join(', '),
    row.zone ? ZONE_LABELS[row.zone as keyof typeof ZONE_LABELS] : '',
  ]
    .filter(Boolean)
    .join(', ');
  let visitId = row.visit_id;
  if (visitId === null) {
    visitId = deps.visits.create(
      row.patient_id,
      {
        date: session.date,
        practitionerId: session.surgeon_id,
        kind: 'scheduled',
        notes: `Bloc, salle ${session.room}`,
        diagnosis: `${row.procedure} — ${site}`,
        side: row.side,
        digits,
      },
      actor,
    ).id;
    deps.store.setVisit(row.id, visitId);
  }
  if (!deps.letters.draft(visitId, REPORT).savedDraft) {
    const times = JSON.parse(row.status_times) as Record<string, string>;
    const team = [
      session.surgeon_name && `chirurgien ${session.surgeon_name}`,
      session.anaesthetist && `anesthésiste ${session.anaesthetist}`,
      session.scrub_nurse && `IBODE ${session.scrub_nurse}`,
      session.circulating_nurse && `circulant(e) ${session.circulating_nurse}`,
    ]
      .filter(Boolean)
      .join(', ');
    deps.letters.saveDraft(
      visitId,
      REPORT,
      {
        indication: `${row.procedure}, ${site}.`,
        anaesthesia: `${ANAESTHESIA_LABELS[row.planned_anaesthesia]}.`,
        procedure: `Salle ${session.room}${team ? ` ; équipe : ${team}` : ''}. Entrée en salle ${at(times.in_room)}, incision ${at(times.incision)}, fin ${at(times.end)}.`,
      },
      actor,
    );
  }
  return { patientId: row.patient_id, visitId, kind: REPORT };
}
