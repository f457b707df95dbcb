import type { Replacement } from './voice-commands.js';

/**
 * Hand-surgery terms, spelt as a letter needs them. They are given to whisper as its initial
 * prompt (which biases recognition towards them) and used to correct what it still gets wrong.
 */
export const HAND_SURGERY_TERMS = [
  'canal carpien',
  'ténosynovite de De Quervain',
  'doigt à ressaut',
  'maladie de Dupuytren',
  'rhizarthrose',
  'scaphoïde',
  'fléchisseurs',
  'extenseurs',
  'phalanges',
  'métacarpiens',
  'WALANT',
  'bloc axillaire',
  'bloc huméral',
  'trapèze',
  'interphalangienne proximale',
  'métacarpo-phalangienne',
  'ostéosynthèse',
  'broches de Kirschner',
  'suture tendineuse',
  'attelle',
  'syndactylie',
  'pulpe',
  'hémostase',
  'garrot pneumatique',
  'neurolyse',
  'arthrodèse',
  'panaris',
] as const;

/** Whisper's usual misspellings of those terms (matched regardless of case and accents). */
export const BUILT_IN_REPLACEMENTS: readonly Replacement[] = [
  { spoken: 'de quervain', written: 'De Quervain' },
  { spoken: 'de cervin', written: 'De Quervain' },
  { spoken: 'de kervin', written: 'De Quervain' },
  { spoken: 'dupuytren', written: 'Dupuytren' },
  { spoken: 'dupuitren', written: 'Dupuytren' },
  { spoken: 'du puits trin', written: 'Dupuytren' },
  { spoken: 'rhizartrose', written: 'rhizarthrose' },
  { spoken: 'rizarthrose', written: 'rhizarthrose' },
  { spoken: 'scaphoide', written: 'scaphoïde' },
  { spoken: 'walant', written: 'WALANT' },
  { spoken: 'wallant', written: 'WALANT' },
  { spoken: 'wa lent', written: 'WALANT' },
  { spoken: 'kirchner', written: 'Kirschner' },
  { spoken: 'kirschner', written: 'Kirschner' },
  { spoken: 'bloc axilaire', written: 'bloc axillaire' },
  { spoken: 'métacarpo phalangienne', written: 'métacarpo-phalangienne' },
];

/** The initial prompt: French, and the words we want recognised. */
export function whisperPrompt(ownWords: readonly string[]): string {
  return `Compte rendu de chirurgie de la main : ${[...HAND_SURGERY_TERMS, ...ownWords].join(', ')}.`;
}
