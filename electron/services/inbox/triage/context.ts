import type { Token } from './tokens.js';

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

/** Negations that govern the few words after them, inside their clause. */
const NEGATION_BEFORE = new Set([
  'pas',
  'aucun',
  'aucune',
  'sans',
  'ni',
  'jamais',
  'rien',
  'non',
  'absence',
  'nul',
  'nulle',
  'no',
  'not',
  'without',
  'never',
  'none',
  'nothing',
  'neither',
  'nor',
]);
/** Words that say a sign is over when they follow it: « le saignement s'est arrêté ». */
const RESOLVED_AFTER = [
  'arrete',
  'stopp',
  'dispar',
  'fini',
  'termin',
  'gueri',
  'cicatris',
  'consolid',
  'referm',
  'degonfl',
  'resorb',
  'stopped',
  'healed',
  'fine',
  'clean',
  'sortie',
  'enlev',
  'retire',
  'redevenu',
  'resolved',
  'disappear',
  'settled',
];
/** Words that make what follows an old story: « ancienne cicatrice », « régression de la rougeur ». */
const HISTORY_BEFORE = new Set([
  'ancien',
  'ancienne',
  'anciens',
  'anciennes',
  'vieille',
  'vieux',
  'vieilles',
  'old',
  'previous',
  'regression',
]);
/** Triggers of a hypothesis or a question about a sign that is not there; they reach the end of the sentence. */
const HYPOTHESIS_BEFORE = new Set([
  'si',
  'if',
  'cas',
  'risque',
  'risques',
  'risk',
  'whether',
  'surveiller',
  'eventuel',
  'eventuelle',
  'eventuellement',
  'parle',
  'inquieter',
  'devienne',
  'deviennent',
  'craindre',
  'craint',
  'redoute',
  'eviter',
  'should',
  'unless',
  'reconnaitre',
  'recognize',
  'essaye',
  'essayer',
  'failli',
  'tente',
  'tried',
  'almost',
]);
/** Words that close a negation's or a hypothesis's scope before the clause ends. */
const SCOPE_END = new Set([
  'mais',
  'but',
  'cependant',
  'pourtant',
  'toutefois',
  'sauf',
  'car',
  'parce',
  'puis',
  'maintenant',
  'depuis',
  'now',
  'since',
  'et',
  'and',
  'or',
]);
/** Sentence marks of treatment given: an injury told in such a sentence was seen to. */
const TREATED_STEMS = [
  'sutur',
  'recous',
  'repar',
  'repaired',
  'sutured',
  'hospitalis',
  'treated',
  'traite',
  'traitee',
  'cicatris',
  'consolid',
  'gueri',
  'healed',
  'sequel',
  'favorabl',
  'regression',
  'draine',
  'incise',
];

/** Auxiliaries of a past perfect, and of a perfect, and the verbs a subject's negation goes through. */
const PLUPERFECT = new Set(['etais', 'etait', 'avais', 'avait', 'etions', 'aviez']);
const PERFECT = new Set(['ai', 'a', 'as', 'avait', 'avais', 'avons', 'avez', 'ont']);
/** A sign told as normal is no sign: « gaine des fléchisseurs normale », « sensibilité conservée ». */
const NORMAL_AFTER = ['normal', 'intact', 'conserve', 'preserve', 'respecte'];
const FUTURE_AFTER = new Set([
  'prevu',
  'prevue',
  'prevues',
  'prevus',
  'programme',
  'programmee',
  'planned',
  'scheduled',
]);
const POINTING_BACK = new Set(['c', 'ca', 'cela', 'il', 'elle', 'it']);
const BE_HAVE = new Set(['a', 'ont', 'est', 'sont', 'ai', 'etait', 'etaient', 'avait']);

const QUANTITY_WORDS = new Set(['de', 'd', 'du', 'des', 'un', 'une', 'beaucoup', 'peu']);
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

const MONTH_NAMES = new Set([
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

const isNe = (token: Token | undefined) => token !== undefined && (token.word === 'ne' || token.word === 'n');
const startsWithAny = (word: string, list: readonly string[]) => list.some((stem) => word.startsWith(stem));

/** « opéré … pour une plaie », « suturée », « hospitalisée » in the sentence: the injury was treated. */
const treatedSentences = new WeakMap<readonly Token[], Map<number, boolean>>();

/** Each sentence of a message is read for treatment once, however many injuries it names. */
function treatedSentence(tokens: readonly Token[], first: number, year: number): boolean {
  const sentence = (tokens[first] as Token).sentence;
  let known = treatedSentences.get(tokens);
  if (!known) treatedSentences.set(tokens, (known = new Map<number, boolean>()));
  let treated = known.get(sentence);
  if (treated === undefined) {
    treated = readTreated(tokens, first, year);
    known.set(sentence, treated);
  }
  return treated;
}

function readTreated(tokens: readonly Token[], first: number, year: number): boolean {
  const sentence = (tokens[first] as Token).sentence;
  let from = first;
  while (from > 0 && (tokens[from - 1] as Token).sentence === sentence) from -= 1;
  for (let at = from; at < tokens.length && (tokens[at] as Token).sentence === sentence; at += 1) {
    const word = (tokens[at] as Token).word;
    if (word === 'opere' || word === 'operee' || word === 'operes' || word === 'operated') {
      // Operated « for » the injury (a past operation's reason), not « operated yesterday, and now … ».
      const after = tokens.slice(at + 1, at + 8).map((token) => token.word);
      if (['pour', 'for', 'd', 'de', 'du', 'dans'].some((word) => after.includes(word))) return true;
      continue;
    }
    if (startsWithAny(word, TREATED_STEMS) && word !== 'reparer' && word !== 'traitement') return true;
    if (word === 'pris' || word === 'prise') {
      const next = tokens[at + 1]?.word;
      const then = tokens[at + 2]?.word;
      if (next === 'en' && then === 'charge') return true;
    }
    // Years ago: « il y a douze ans », « years ago ».
    if (
      (word === 'ans' ||
        word === 'an' ||
        word === 'annees' ||
        word === 'mois' ||
        word === 'years' ||
        word === 'months') &&
      tokens.slice(Math.max(0, at - 4), at).some((t) => t.word === 'a' || t.word === 'depuis' || t.word === 'il')
    )
      if (tokens[at + 1]?.word !== 'de' || word === 'years') return true;
    // « le mois dernier », « last month »; a dated day (« passage aux urgences le 21/03 »).
    if ((word === 'dernier' || word === 'derniere') && ['mois', 'an', 'annee'].includes(tokens[at - 1]?.word ?? ''))
      return true;
    if (word === 'last' && ['month', 'year'].includes(tokens[at + 1]?.word ?? '')) return true;
    if (
      /^\d{1,2}$/.test(word) &&
      /^\d{1,2}$/.test(tokens[at + 1]?.word ?? '') &&
      ['le', 'du', 'au'].includes(tokens[at - 1]?.word ?? '') &&
      Number(tokens[at + 1]?.word) <= 12
    )
      return true;
    // A day or a month named (« du 26 février », « en janvier »): an injury dated is a past one.
    if (MONTH_NAMES.has(word) && (/^\d{1,2}$/.test(tokens[at - 1]?.word ?? '') || tokens[at - 1]?.word === 'en'))
      return true;
    // A year before this one: « en 2018 ».
    if (/^(19|20)\d\d$/.test(word) && Number(word) < year) return true;
  }
  return false;
}

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
