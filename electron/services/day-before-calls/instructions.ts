import type { Anaesthesia } from '../../api/common/schemas/theatre.js';

/**
 * What the J-1 call tells the patient (issue 26 item 2), in the words ambulatory units use. The
 * theatre list has no start time per session: a session starts at SESSION_START and each case
 * follows the ones before it (their estimated time and turnover).
 */
export const SESSION_START = '08:00';
/** A patient still not reached at this hour the day before is flagged « non joint » on the theatre list. */
export const EVENING = '18:00';

/** Minutes before the planned start: the time to be welcomed, changed and, under a block, anaesthetised. */
const ARRIVAL_LEAD: Readonly<Record<Anaesthesia, number>> = { walant: 30, regional: 60, general: 60 };

const minutesOf = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};
const timeOf = (minutes: number): string => {
  const clamped = Math.max(0, Math.min(minutes, 23 * 60 + 59));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
};

/** The planned start of each case of a session, in its order (cases cancelled or postponed left out). */
export function plannedStarts(cases: readonly { estimatedMinutes: number; turnoverMinutes: number }[]): string[] {
  let at = minutesOf(SESSION_START);
  return cases.map((theatreCase) => {
    const start = at;
    at += theatreCase.estimatedMinutes + theatreCase.turnoverMinutes;
    return timeOf(start);
  });
}

export const arrivalTime = (start: string, anaesthesia: Anaesthesia): string =>
  timeOf(minutesOf(start) - ARRIVAL_LEAD[anaesthesia]);

/**
 * The anaesthesia the instructions follow: the more demanding of the one planned and the one the
 * patient chose (a patient told « no fasting » for a WALANT who ends up under a block is not fasted).
 */
export function strictestAnaesthesia(planned: Anaesthesia, chosen: Anaesthesia | null): Anaesthesia {
  const order: readonly Anaesthesia[] = ['walant', 'regional', 'general'];
  return chosen !== null && order.indexOf(chosen) > order.indexOf(planned) ? chosen : planned;
}

export function fastingFor(anaesthesia: Anaesthesia): string {
  if (anaesthesia === 'walant')
    return 'Pas de jeûne (anesthésie locale, réveillé) : un repas léger est permis ; prendre ses traitements habituels.';
  return 'À jeun : plus rien à manger 6 heures avant l’arrivée ; eau, thé ou café sans lait permis jusqu’à 2 heures avant ; pas de tabac ni de chewing-gum le matin.';
}

export function companionAdviceFor(anaesthesia: Anaesthesia): string {
  if (anaesthesia === 'walant') return 'Ne pas conduire au retour : venir accompagné ou prévoir un taxi.';
  return 'Un accompagnant est obligatoire pour le retour ; ne pas conduire et ne pas rester seul la nuit suivante.';
}

export const TO_BRING =
  'Carte Vitale, pièce d’identité, ordonnances et traitements en cours, radios ou examens ; ongles sans vernis, bagues retirées, vêtement à manches larges.';
