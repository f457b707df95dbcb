/**
 * The words the NegEx-style reading of triage/context.ts looks for around a sign (issue 23), as
 * plain lists so they read, and change, without reading the code that uses them. Words are
 * folded (no accents, lower case); a list of stems matches any word that begins with one.
 */
/** Negations that govern the few words after them, inside their clause. */
export const NEGATION_BEFORE = new Set([
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
export const RESOLVED_AFTER = [
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
export const HISTORY_BEFORE = new Set([
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
export const HYPOTHESIS_BEFORE = new Set([
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
export const SCOPE_END = new Set([
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
export const TREATED_STEMS = [
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
export const PLUPERFECT = new Set(['etais', 'etait', 'avais', 'avait', 'etions', 'aviez']);
export const PERFECT = new Set(['ai', 'a', 'as', 'avait', 'avais', 'avons', 'avez', 'ont']);
/** A sign told as normal is no sign: « gaine des fléchisseurs normale », « sensibilité conservée ». */
export const NORMAL_AFTER = ['normal', 'intact', 'conserve', 'preserve', 'respecte'];
export const FUTURE_AFTER = new Set([
  'prevu',
  'prevue',
  'prevues',
  'prevus',
  'programme',
  'programmee',
  'planned',
  'scheduled',
]);
export const POINTING_BACK = new Set(['c', 'ca', 'cela', 'il', 'elle', 'it']);
export const BE_HAVE = new Set(['a', 'ont', 'est', 'sont', 'ai', 'etait', 'etaient', 'avait']);

export const QUANTITY_WORDS = new Set(['de', 'd', 'du', 'des', 'un', 'une', 'beaucoup', 'peu']);

/** Whether a word begins with one of a list's stems. */
export const startsWithAny = (word: string, list: readonly string[]): boolean =>
  list.some((stem) => word.startsWith(stem));
