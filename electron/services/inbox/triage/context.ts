import type { Token } from './tokens.js';
import { treatedSentence } from './treated.js';
import {
  BE_HAVE,
  FUTURE_AFTER,
  HISTORY_BEFORE,
  HYPOTHESIS_BEFORE,
  NEGATION_BEFORE,
  NORMAL_AFTER,
  PERFECT,
  PLUPERFECT,
  POINTING_BACK,
  QUANTITY_WORDS,
  RESOLVED_AFTER,
  SCOPE_END,
  startsWithAny,
} from './trigger-words.js';

/**
 * What a sign's neighbours say about it, in the NegEx manner (issue 23): a trigger, the words it
 * governs, and where that scope ends. « pas de température » cancels the fever, not the pus
 * beside it; « ça ne saigne plus » says the bleeding is over; « que faire si le doigt devient
 * blanc ? » asks about a sign that is not there; « plaie suturée en 2018 » is history.
 */
export type SignStatus = 'current' | 'negated' | 'hypothetical' | 'resolved' | 'history' | 'figurative';

export const STATUS_LABELS: Readonly<Record<SignStatus, string>> = {
  current: 'présent',
  negated: 'nié',
  hypothetical: 'hypothèse',
  resolved: 'passé',
  history: 'ancien ou déjà soigné',
  figurative: 'expression figurée',
};

/** Between « eu » and the sign only numbers and words of quantity (« eu 38,3 de », « eu de la »). */
const onlyQuantityBetween = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from + 1, to)
    .every(
      (token, at, between) =>
        /^\d+$/.test(token.word) ||
        QUANTITY_WORDS.has(token.word) ||
        (token.word === 'la' && between[at - 1]?.word === 'de'),
    );

/** A « ne » between a negative word and the sign (« aucun … n'a été »). */
const neWithin = (tokens: readonly Token[], from: number, to: number) =>
  tokens.slice(from + 1, to).some((token) => token.word === 'ne' || token.word === 'n');

const isNe = (token: Token | undefined) => token !== undefined && (token.word === 'ne' || token.word === 'n');

export function statusOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  isInjury: boolean,
  year: number,
): SignStatus {
  const head = tokens[first] as Token;
  // Backwards, inside the clause: a negation, a history word; inside the sentence: a hypothesis.
  for (let look = first - 1, seen = 0; look >= 0 && seen < 12; look -= 1, seen += 1) {
    const token = tokens[look] as Token;
    if (token.sentence !== head.sentence) break;
    const sameClause = token.clause === head.clause;
    if (SCOPE_END.has(token.word) && seen > 0) break;
    // « Aucun morceau de doigt n'a été coupé »: the negation reaches the verb through « ne ».
    if (
      sameClause &&
      seen < 10 &&
      (token.word === 'aucun' || token.word === 'aucune' || token.word === 'rien') &&
      neWithin(tokens, look, first)
    )
      return 'negated';
    // A report's heading reaches past its colon: « Indication : plaie de l'annulaire ».
    if (seen <= 2 && isInjury && (token.word === 'indication' || token.word === 'motif')) return 'history';
    if (sameClause && seen < 6) {
      if (token.word === 'pas' && tokens[look + 1]?.word === 'mal') continue; // « ça saigne pas mal »: a lot
      if (NEGATION_BEFORE.has(token.word)) return 'negated';
      if (
        token.word === 'plus' &&
        (tokens[look + 1]?.word === 'de' ||
          tokens[look + 1]?.word === 'd' ||
          isNe(tokens[look - 1]) ||
          isNe(tokens[look - 2]))
      )
        if (tokens[look - 1]?.word !== 'en' && tokens[look + 1]?.word !== 'en') return 'negated';
      if (HISTORY_BEFORE.has(token.word) && seen < 2) return isInjury ? 'history' : 'resolved';
      // « j'ai eu 38,3 », « il a eu de la fièvre »: a measure that was; not « il a eu la main coincée ».
      if (
        !isInjury &&
        token.word === 'eu' &&
        PERFECT.has(tokens[look - 1]?.word ?? '') &&
        onlyQuantityBetween(tokens, look, first)
      )
        return 'resolved';
    }
    if (HYPOTHESIS_BEFORE.has(token.word)) {
      // « si besoin », « si possible » are no hypothesis about a sign.
      const next = tokens[look + 1]?.word;
      if (token.word === 'si' && (next === 'besoin' || next === 'possible' || next === 'vous' || next === 'je'))
        continue;
      return 'hypothetical';
    }
    if (token.word === 's' && (tokens[look + 1]?.word === 'il' || tokens[look + 1]?.word === 'ils'))
      return 'hypothetical';
  }
  // A past perfect before an injury (« je m'étais coincé le pouce ») tells an old story.
  const before1 = tokens[first - 1]?.word;
  if (isInjury && PLUPERFECT.has(before1 ?? '')) return 'history';
  // Forwards: « ne saigne plus », « saigne pas beaucoup » in the clause; « ça a saigné, c'est arrêté
  // maintenant » in the sentence; « ses mains n'ont rien ».
  const neBefore = isNe(tokens[first - 1]) || isNe(tokens[first - 2]);
  for (let look = last + 1; look <= last + 8 && look < tokens.length; look += 1) {
    const token = tokens[look] as Token;
    if (token.sentence !== head.sentence) break;
    const distance = look - last;
    const sameClause = token.clause === head.clause;
    if (
      sameClause &&
      distance <= 2 &&
      (token.word === 'pas' || token.word === 'not' || token.word === 'jamais' || token.word === 'rien')
    ) {
      if (token.word === 'pas' && tokens[look + 1]?.word === 'mal') continue;
      if (distance === 1 || neBefore || token.word === 'rien') return 'negated';
    }
    if (
      sameClause &&
      distance <= 4 &&
      ['pas', 'rien', 'jamais', 'plus'].includes(token.word) &&
      isNe(tokens[look - 2]) &&
      BE_HAVE.has(tokens[look - 1]?.word ?? '')
    )
      return 'negated';
    if (sameClause && distance <= 2 && token.word === 'plus') {
      const next = tokens[look + 1]?.word;
      if (next !== 'que' && next !== 'en' && next !== 'fort' && next !== 'rouge' && next !== 'gonfle')
        return 'resolved';
    }
    if (startsWithAny(token.word, RESOLVED_AFTER)) {
      if (isNe(tokens[look - 1]) || isNe(tokens[look - 2])) continue; // « ne s'arrête pas »: it goes on
      const next = tokens[look + 1]?.word;
      if (next === 'pas' || next === 'plus' || next === 'not') continue; // « ça s'arrête pas » (SMS, no « ne »)
      // Past the clause, only when it points back to the sign: « ça a saigné, c'est arrêté ».
      const pointsBack = tokens.slice(Math.max(0, look - 3), look).some((t) => POINTING_BACK.has(t.word));
      if (sameClause || pointsBack) return 'resolved';
    }
    if (FUTURE_AFTER.has(token.word) && distance <= 3) return 'hypothetical';
    if (sameClause && distance <= 3 && startsWithAny(token.word, NORMAL_AFTER)) return 'negated'; // « gaine normale », « sensibilité conservée » // « opération prévue le 15 »
    const verb = tokens[look - 1]?.word === 'tres' ? tokens[look - 2]?.word : tokens[look - 1]?.word;
    if (token.word === 'bien' && ['va', 'vont', 'vais', 'allait', 'vas'].includes(verb ?? '')) return 'resolved';
  }
  if (isInjury && treatedSentence(tokens, first, year)) return 'history';
  return 'current';
}
