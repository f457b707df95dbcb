import {
  ANAESTHESIA_LABELS,
  CASE_STATUS_LABELS,
  SIDE_LABELS,
  ZONE_LABELS,
  type TheatreSession,
} from '../../api/common/schemas/theatre.js';
import { ALERT_LABELS, DIGIT_LABELS } from '../../api/common/schemas/patient-file.js';
import { frDate } from '../../api/common/french.js';
import { textPdf } from '../../lib/simple-pdf.js';

/** The day's theatre list on paper (issue 13): room by room, each case with its site, patient, anaesthesia and status. */
export function dayListPdf(
  date: string,
  sessions: readonly TheatreSession[],
): { fileName: string; mime: string; contentBase64: string } {
  const lines = sessions.flatMap((session) => [
    '',
    `SALLE ${session.room} — ${[session.surgeonName, session.anaesthetist && `anesthésiste ${session.anaesthetist}`, session.scrubNurse && `IBODE ${session.scrubNurse}`, session.circulatingNurse && `circulant(e) ${session.circulatingNurse}`].filter(Boolean).join(', ')}`,
    ...session.cases.flatMap((theatreCase) => [
      `${theatreCase.position}. ${theatreCase.card.displayName} (${frDate(theatreCase.card.birthDate)}) — ${theatreCase.procedure}`,
      `    ${[SIDE_LABELS[theatreCase.side], theatreCase.digits.map((digit) => `${DIGIT_LABELS[digit]} (${digit})`).join(', '), theatreCase.zone ? ZONE_LABELS[theatreCase.zone] : ''].filter(Boolean).join(' · ')}`,
      `    Anesthésie prévue : ${ANAESTHESIA_LABELS[theatreCase.plannedAnaesthesia]}${theatreCase.anaesthesiaMismatch && theatreCase.card.chosenAnaesthesia ? ` (le patient a choisi ${ANAESTHESIA_LABELS[theatreCase.card.chosenAnaesthesia]})` : ''} · ${theatreCase.estimatedMinutes} min + ${theatreCase.turnoverMinutes} min · ${CASE_STATUS_LABELS[theatreCase.status]}${theatreCase.card.alerts.length ? ` · ALERTES : ${theatreCase.card.alerts.map((alert) => `${ALERT_LABELS[alert.kind]} ${alert.detail}`.trim()).join(', ')}` : ''}`,
    ]),
  ]);
  const pdf = textPdf(
    `Programme opératoire du ${frDate(date)}`,
    sessions.length ? lines : ['Aucune vacation ce jour.'],
  );
  return {
    fileName: `programme-operatoire-${date}.pdf`,
    mime: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}
