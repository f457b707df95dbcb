import type { Actor } from '../../api/node/call-context.js';
import { DomainError } from '../../api/common/result.js';
import { DIGIT_LABELS } from '../../api/common/schemas/patient-file.js';
import { ANAESTHESIA_LABELS, ZONE_LABELS, type TheatreCase } from '../../api/common/schemas/theatre.js';
import type { VisitsService } from '../visits/service.js';
import type { CaseRow, SessionRow, TheatreStore } from './store.js';

/** A case as the letters written from it read it: what was done, where, how, by whom, when. */
export interface CaseSheet {
  caseId: number;
  patientId: number;
  /** The visit the case's letters are written on (made the first time one is asked). */
  visitId: number;
  date: string;
  procedure: string;
  /** « main droite, index (D2), zone II ». */
  site: string;
  anaesthesia: string;
  room: string;
  surgeonId: number | null;
  surgeonName: string | null;
  team: string;
  /** Each status reached, with its ISO time (in_room, incision, end, left…). */
  times: Record<string, string>;
}

export function siteOf(row: CaseRow): string {
  const digits = JSON.parse(row.digits) as TheatreCase['digits'];
  return [
    `main ${row.side === 'right' ? 'droite' : 'gauche'}`,
    digits.map((digit) => `${DIGIT_LABELS[digit].toLowerCase()} (${digit})`).join(', '),
    row.zone ? ZONE_LABELS[row.zone as keyof typeof ZONE_LABELS] : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const teamOf = (session: SessionRow): string =>
  [
    session.surgeon_name && `chirurgien ${session.surgeon_name}`,
    session.anaesthetist && `anesthésiste ${session.anaesthetist}`,
    session.scrub_nurse && `IBODE ${session.scrub_nurse}`,
    session.circulating_nurse && `circulant(e) ${session.circulating_nurse}`,
  ]
    .filter(Boolean)
    .join(', ');

/**
 * The case read for its letters (operative report, lettre de liaison). They are written on a visit
 * of the patient, made the first time one is asked and kept on the case, so both letters of a case
 * sit on the same visit in the file.
 */
export function caseSheet(deps: { store: TheatreStore; visits: VisitsService }, row: CaseRow, actor: Actor): CaseSheet {
  const session = deps.store.session(row.session_id);
  if (!session) throw new DomainError('NOT_FOUND', 'Vacation introuvable.');
  const site = siteOf(row);
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
        digits: JSON.parse(row.digits) as TheatreCase['digits'],
      },
      actor,
    ).id;
    deps.store.setVisit(row.id, visitId);
  }
  return {
    caseId: row.id,
    patientId: row.patient_id,
    visitId,
    date: session.date,
    procedure: row.procedure,
    site,
    anaesthesia: ANAESTHESIA_LABELS[row.planned_anaesthesia],
    room: session.room,
    surgeonId: session.surgeon_id,
    surgeonName: session.surgeon_name,
    team: teamOf(session),
    times: JSON.parse(row.status_times) as Record<string, string>,
  };
}
