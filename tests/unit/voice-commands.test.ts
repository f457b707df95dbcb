import { describe, expect, it } from 'vitest';
import { applyReplacements, finishDictation } from '../../electron/services/dictation/voice-commands.js';
import { BUILT_IN_REPLACEMENTS } from '../../electron/services/dictation/vocabulary.js';

const finish = (raw: string) => finishDictation(raw, BUILT_IN_REPLACEMENTS);

// Sentences as whisper writes them (its own punctuation, capitals, accents or not), each with the
// exact text the letter must get. NNBSP (U+202F) before ; : ? ! and NBSP inside « » are French typography.
const CASES: [string, string][] = [
  ['le patient présente une plaie virgule au niveau de l\'index point', 'Le patient présente une plaie, au niveau de l\'index.'],
  ['Le patient présente une plaie, virgule, au niveau de l\'index, point.', 'Le patient présente une plaie, au niveau de l\'index.'],
  ['Plaie de la pulpe point à la ligne pas de déficit sensitif point', 'Plaie de la pulpe.\nPas de déficit sensitif.'],
  ['examen clinique deux points mobilité conservée point', 'Examen clinique\u202f: mobilité conservée.'],
  ['Examen clinique. Deux points. Mobilité conservée.', 'Examen clinique\u202f: mobilité conservée.'],
  ['antécédents à la ligne tabac point-virgule diabète point', 'Antécédents\nTabac\u202f; diabète.'],
  ['faut-il opérer point d\'interrogation', 'Faut-il opérer\u202f?'],
  ['conclusion nouveau paragraphe suture de l\'extenseur point', 'Conclusion\n\nSuture de l\'extenseur.'],
  ['trois points de suture ont été posés point', 'Trois points de suture ont été posés.'],
  ['le point d\'entrée est dorsal point', 'Le point d\'entrée est dorsal.'],
  ['traitement ouvrez la parenthèse amoxicilline fermez la parenthèse point', 'Traitement (amoxicilline).'],
  ['le patient dit ouvrez les guillemets j\'ai mal fermez les guillemets point', 'Le patient dit «\u00a0j\'ai mal\u00a0».'],
  ['à la ligne tiret attelle pour trois semaines', '– attelle pour trois semaines'],
  ['Ténosynovite de de cervin droite point', 'Ténosynovite de De Quervain droite.'],
  ['maladie de du puits trin de l\'annulaire point', 'Maladie de Dupuytren de l\'annulaire.'],
  ['anesthésie en wallant point', 'Anesthésie en WALANT.'],
  ['RHIZARTROSE évoluée virgule fracture du scaphoide', 'Rhizarthrose évoluée, fracture du scaphoïde'],
  ['broches de kirchner', 'Broches de Kirschner'],
  ['Sous-titrage Société Radio-Canada', ''],
  ['Merci d\'avoir regardé cette vidéo !', ''],
  ['Sous-titres réalisés par la communauté d\'Amara.org', ''],
  ['[Musique]', ''],
  ['Plaie du pouce point Merci d\'avoir regardé.', 'Plaie du pouce.'],
  ['   ', ''],
];

describe('dictation: voice commands, vocabulary, hallucinations', () => {
  for (const [raw, expected] of CASES) {
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
    expect(applyReplacements('Vu avec le docteur Fontaine, raideur de l\'IPP du D3', own)).toBe('Vu avec le Dr Claire Fontaine, raideur de l\'interphalangienne proximale du D3');
    expect(applyReplacements('Élévation réalisée', [{ spoken: 'elevation', written: 'surélévation' }])).toBe('surélévation réalisée');
  });
});
