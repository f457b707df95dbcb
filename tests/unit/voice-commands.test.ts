import { describe, expect, it } from 'vitest';
import { applyReplacements, finishDictation } from '../../electron/services/dictation/voice-commands.js';
import { BUILT_IN_REPLACEMENTS } from '../../electron/services/dictation/vocabulary.js';

const finish = (raw: string) => finishDictation(raw, BUILT_IN_REPLACEMENTS);

// Sentences as whisper writes them (its own punctuation, capitals, accents or not), each with the
// exact text the letter must get. NNBSP (U+202F) before ; : ? ! and NBSP inside « » are French typography.
const CASES: [string, string][] = [
  [
    "le patient présente une plaie virgule au niveau de l'index point",
    "Le patient présente une plaie, au niveau de l'index.",
  ],
  [
    "Le patient présente une plaie, virgule, au niveau de l'index, point.",
    "Le patient présente une plaie, au niveau de l'index.",
  ],
  ['Plaie de la pulpe point à la ligne pas de déficit sensitif point', 'Plaie de la pulpe.\nPas de déficit sensitif.'],
  ['examen clinique deux points mobilité conservée point', 'Examen clinique\u202f: mobilité conservée.'],
  ['Examen clinique. Deux points. Mobilité conservée.', 'Examen clinique\u202f: mobilité conservée.'],
  ['antécédents à la ligne tabac point-virgule diabète point', 'Antécédents\nTabac\u202f; diabète.'],
  ["faut-il opérer point d'interrogation", 'Faut-il opérer\u202f?'],
  ["conclusion nouveau paragraphe suture de l'extenseur point", "Conclusion\n\nSuture de l'extenseur."],
  ['trois points de suture ont été posés point', 'Trois points de suture ont été posés.'],
  ["le point d'entrée est dorsal point", "Le point d'entrée est dorsal."],
  ['traitement ouvrez la parenthèse amoxicilline fermez la parenthèse point', 'Traitement (amoxicilline).'],
  [
    "le patient dit ouvrez les guillemets j'ai mal fermez les guillemets point",
    "Le patient dit «\u00a0j'ai mal\u00a0».",
  ],
  ['à la ligne tiret attelle pour trois semaines', '– attelle pour trois semaines'],
  ['Ténosynovite de de cervin droite point', 'Ténosynovite de De Quervain droite.'],
  ["maladie de du puits trin de l'annulaire point", "Maladie de Dupuytren de l'annulaire."],
  ['anesthésie en wallant point', 'Anesthésie en WALANT.'],
  ['RHIZARTROSE évoluée virgule fracture du scaphoide', 'Rhizarthrose évoluée, fracture du scaphoïde'],
  ['broches de kirchner', 'Broches de Kirschner'],
  ['Sous-titrage Société Radio-Canada', ''],
  ["Merci d'avoir regardé cette vidéo !", ''],
  ["Sous-titres réalisés par la communauté d'Amara.org", ''],
  ['[Musique]', ''],
  ["Plaie du pouce point Merci d'avoir regardé.", 'Plaie du pouce.'],
  ['   ', ''],
];

// « point » and « deux points » as nouns (issue 8): after a determiner, a possessive or a
// quantity; before a complement, a verb or an agreeing adjective. Each class with several words.
const NOUNS: [string, string][] = [
  ['il présente un point douloureux à la palpation point', 'Il présente un point douloureux à la palpation.'],
  ["le point exquis est en regard de l'IPP point", "Le point exquis est en regard de l'IPP."],
  ['on fait le point avec le patient point', 'On fait le point avec le patient.'],
  ['chaque point cutané a été retiré point', 'Chaque point cutané a été retiré.'],
  [
    'un seul point sensible persiste virgule en regard du pisiforme point',
    'Un seul point sensible persiste, en regard du pisiforme.',
  ],
  ['son point faible reste la pince point', 'Son point faible reste la pince.'],
  ['douleur au point de ponction point', 'Douleur au point de ponction.'],
  ['point précis à la palpation de la tabatière point', 'Point précis à la palpation de la tabatière.'],
  ['les deux points de suture ont lâché point', 'Les deux points de suture ont lâché.'],
  ['deux points douloureux sont retrouvés point', 'Deux points douloureux sont retrouvés.'],
  ['ces deux points sensibles virgule à la palpation point', 'Ces deux points sensibles, à la palpation.'],
  ['deux points latéraux et un point dorsal point', 'Deux points latéraux et un point dorsal.'],
  ["le QuickDASH s'est amélioré de deux points point", "Le QuickDASH s'est amélioré de deux points."],
  ['perte de deux points de force à la pince point', 'Perte de deux points de force à la pince.'],
  ["ses deux points d'entrée sont propres point", "Ses deux points d'entrée sont propres."],
  ['deux points cutanés résorbables point', 'Deux points cutanés résorbables.'],
];

// The same words as commands, where nothing makes them nouns.
const COMMANDS_KEPT: [string, string][] = [
  ['examen deux points mobilité complète point', 'Examen\u202f: mobilité complète.'],
  ['traitement deux points antibiotiques et attelle point', 'Traitement\u202f: antibiotiques et attelle.'],
  ['pansement propre point à revoir dans dix jours point', 'Pansement propre. À revoir dans dix jours.'],
  [
    'la plaie est propre point mais il persiste une raideur point',
    'La plaie est propre. Mais il persiste une raideur.',
  ],
  ['cicatrice souple point Opéré le 12 novembre point', 'Cicatrice souple. Opéré le 12 novembre.'],
];

// A comma or colon dictated just before a line break stays where it was dictated.
const BREAKS: [string, string][] = [
  [
    "Cher confrère virgule nouveau paragraphe je vous remercie de m'avoir adressé votre patient point",
    "Cher confrère,\n\nJe vous remercie de m'avoir adressé votre patient.",
  ],
  ['Chère Madame virgule à la ligne suite à votre consultation point', 'Chère Madame,\nSuite à votre consultation.'],
  ['Cher ami, virgule, nouveau paragraphe, merci.', 'Cher ami,\n\nMerci.'],
  ['au programme deux points à la ligne tiret arthrolyse', 'Au programme\u202f:\n– arthrolyse'],
];

describe('dictation: voice commands, vocabulary, hallucinations', () => {
  for (const [raw, expected] of [...CASES, ...NOUNS, ...COMMANDS_KEPT, ...BREAKS]) {
    it(JSON.stringify(raw), () => {
      expect(finish(raw)).toBe(expected);
    });
  }

  it('applies a surgeon’s own replacements, longest first, keeping the rest of the text', () => {
    const own = [
      { spoken: 'docteur fontaine', written: 'Dr Claire Fontaine' },
      { spoken: 'fontaine', written: 'FONTAINE' },
      { spoken: 'IPP', written: 'interphalangienne proximale' },
    ];
    expect(applyReplacements("Vu avec le docteur Fontaine, raideur de l'IPP du D3", own)).toBe(
      "Vu avec le Dr Claire Fontaine, raideur de l'interphalangienne proximale du D3",
    );
    expect(applyReplacements('Élévation réalisée', [{ spoken: 'elevation', written: 'surélévation' }])).toBe(
      'surélévation réalisée',
    );
  });
});
