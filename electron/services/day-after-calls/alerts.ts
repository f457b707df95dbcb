import type { CategoryCode } from '../../api/common/schemas/inbox-protocol.js';
import type { DayAfterAnswers, DayAfterThresholds } from '../../api/common/schemas/day-after-calls.js';
import type { Anaesthesia } from '../../api/common/schemas/theatre.js';

export interface DayAfterAlert {
  /** Said as the surgeon reads it: « douleur 8/10 (seuil 7) ». */
  reason: string;
  /** A finger that is white, blue or cold may be losing its blood supply: seen now, not today. */
  category: Extract<CategoryCode, 'urgence-immediate' | 'urgence-jour'>;
}

const degrees = (value: number) => `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} °C`;

/**
 * What in the J+1 answers is past the practice's thresholds (issue 26 item 3). Each answer is
 * judged on its own, so that one bad answer among good ones still raises its alert; a numbness
 * is expected only after a regional block, never after WALANT or a general anaesthesia.
 */
export function alertsFor(
  answers: DayAfterAnswers,
  thresholds: DayAfterThresholds,
  plannedAnaesthesia: Anaesthesia,
): DayAfterAlert[] {
  const alerts: DayAfterAlert[] = [];
  if (answers.pain >= thresholds.painAtLeast)
    alerts.push({ reason: `douleur ${answers.pain}/10 (seuil ${thresholds.painAtLeast})`, category: 'urgence-jour' });
  if (answers.temperature !== null && answers.temperature >= thresholds.temperatureAtLeast)
    alerts.push({
      reason: `température ${degrees(answers.temperature)} (seuil ${degrees(thresholds.temperatureAtLeast)})`,
      category: 'urgence-jour',
    });
  if (answers.bleeding === 'traverse')
    alerts.push({ reason: 'saignement qui traverse le pansement', category: 'urgence-jour' });
  if (answers.fingerColour === 'pale') alerts.push({ reason: 'doigt pâle ou blanc', category: 'urgence-immediate' });
  if (answers.fingerColour === 'violace')
    alerts.push({ reason: 'doigt violacé ou bleu', category: 'urgence-immediate' });
  if (answers.warmth === 'froid') alerts.push({ reason: 'doigt froid', category: 'urgence-immediate' });
  if (answers.feeling === 'engourdi-nouveau')
    alerts.push({ reason: 'doigt qui ne sent plus, nouveau', category: 'urgence-jour' });
  if (answers.feeling === 'engourdi-attendu' && plannedAnaesthesia !== 'regional')
    alerts.push({
      reason: 'doigt engourdi sans bloc anesthésique (opéré sous WALANT ou AG)',
      category: 'urgence-jour',
    });
  return alerts;
}

/** The most urgent category among the alerts (null when the answers are reassuring). */
export function categoryOf(alerts: readonly DayAfterAlert[]): DayAfterAlert['category'] | null {
  if (alerts.some((alert) => alert.category === 'urgence-immediate')) return 'urgence-immediate';
  return alerts.length > 0 ? 'urgence-jour' : null;
}
