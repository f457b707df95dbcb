import { frDate, frTime } from '../../api/common/french.js';
import { shiftDay } from '../../api/common/paris-day.js';
import type { Appointment } from '../../api/common/schemas/agenda.js';
import type { CaseSheet } from '../theatre/case-sheet.js';

/** The anaesthesia said for the GP and the patient, not in the theatre's shorthand. */
const ANAESTHESIA_IN_FULL: Readonly<Record<string, string>> = {
  'WALANT (réveillé)': 'anesthésie locale, patient éveillé (WALANT)',
  'ALR (bloc)': 'anesthésie locorégionale (bloc du membre supérieur)',
  'AG (générale)': 'anesthésie générale',
};

/**
 * What every patient leaving after hand surgery is told, as the practice's default wording (the
 * surgeon edits it in the draft): the signs that must bring them back are the ones the J+1 call asks.
 */
const INSTRUCTIONS =
  'Main surélevée, pansement propre et sec, à ne pas retirer ; antalgiques selon l’ordonnance remise. ' +
  'Appeler SOS Main sans attendre en cas de douleur non calmée par le traitement, de fièvre à 38 °C ou plus, ' +
  'de saignement qui traverse le pansement, ou d’un doigt blanc, froid ou qui ne sent plus.';

const at = (times: Record<string, string>, status: string) => {
  const iso = times[status];
  return iso ? frTime(iso) : '…';
};

/** The letter's sections, from the case and the patient's next appointment after the operation. */
export function liaisonSections(sheet: CaseSheet, next: Appointment | null): Record<string, string> {
  const anaesthesia = ANAESTHESIA_IN_FULL[sheet.anaesthesia] ?? sheet.anaesthesia;
  const followUp = next
    ? `Rendez-vous de contrôle le ${frDate(next.date)} à ${next.time} (${next.motifLabel}).`
    : 'Rendez-vous de contrôle à prendre auprès du secrétariat.';
  return {
    reason: `${sheet.procedure}, ${sheet.site}, le ${frDate(sheet.date)}${sheet.surgeonName ? ` (${sheet.surgeonName})` : ''}.`,
    summary:
      `Intervention en ambulatoire sous ${anaesthesia}, salle ${sheet.room}. ` +
      `Entrée en salle ${at(sheet.times, 'in_room')}, incision ${at(sheet.times, 'incision')}, fin ${at(sheet.times, 'end')}, ` +
      `sortie ${at(sheet.times, 'left')}.`,
    treatments: INSTRUCTIONS,
    followUp: `${followUp} Appel de suivi par le cabinet le lendemain, ${frDate(shiftDay(sheet.date, 1))}.`,
  };
}
