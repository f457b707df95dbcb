import { describe, expect, it } from 'vitest';
import { statusOf } from '../../electron/services/inbox/triage/context.js';
import { countedBody } from '../../electron/services/inbox/triage/message-text.js';
import { operatedDaysAgoInText, temperatures } from '../../electron/services/inbox/triage/measures.js';
import { spellingIndex, withinOneEdit } from '../../electron/services/inbox/triage/spelling.js';
import { stemOf } from '../../electron/services/inbox/triage/stem.js';
import { foldWord, tokenize } from '../../electron/services/inbox/triage/tokens.js';

// The pieces the triage protocol reads a message with (issue 23), each on its own.

describe('temperatures written as numbers', () => {
  const values = (text: string) => temperatures(text).map((found) => found.value);
  it('reads the ways patients write a fever', () => {
    expect(values('ce soir j’ai 39°2 au thermomètre')).toEqual([39.2]);
    expect(values('T° 38,7 °C à l’examen')).toEqual([38.7]);
    expect(values('j’avais 38.5 hier soir')).toEqual([38.5]);
    expect(values('fièvre à 39 depuis cette nuit')).toEqual([39]);
    expect(values('et j’ai 39 ce soir')).toEqual([39]);
    expect(values('38,6 et ça coule jaune')).toEqual([38.6]);
  });
  it('does not take an age, a weight, a size or a time for a temperature', () => {
    expect(values('mon fils de 39 ans')).toEqual([]);
    expect(values('il pèse 38 kg')).toEqual([]);
    expect(values('une plaie de 38 mm')).toEqual([]);
    expect(values('rendez-vous le 38')).toEqual([]);
    expect(values('une coupure de 4,5 cm')).toEqual([]);
  });
  it('reads a normal temperature as a number below 38', () => {
    expect(values('pas de fièvre (37,2 ce matin)')).toEqual([37.2]);
  });
});

describe('time since an operation, from the message', () => {
  const sentAt = new Date('2026-04-20T10:00:00Z');
  const days = (text: string) => operatedDaysAgoInText(foldWord(text), sentAt);
  it('counts from the words of time', () => {
    expect(days('J’ai été opéré hier du canal carpien.')).toBe(1);
    expect(days('opérée il y a dix jours')).toBe(10);
    expect(days('opéré il y a 3 semaines d’une fracture')).toBe(21);
    expect(days('Suite à mon intervention du 9 avril, le pansement…')).toBe(11);
    expect(days('opéré le 14/04 par le Dr Marsac')).toBe(6);
    expect(days('5 days after my carpal tunnel release')).toBe(5);
  });
  it('puts a later date in the previous year, and says nothing when nothing is said', () => {
    expect(days('opéré le 20 décembre')).toBe(121);
    expect(days('J’ai été opéré de la main, je voudrais un certificat.')).toBeNull();
    expect(days('Je viens lundi pour mon pansement.')).toBeNull();
  });
});

describe('what the neighbours say about a sign (NegEx)', () => {
  const statusOfWord = (text: string, word: string, injury = false) => {
    const tokens = tokenize(text, 'body');
    const at = tokens.findIndex((token) => token.word === foldWord(word));
    expect(at, `${word} in ${text}`).toBeGreaterThanOrEqual(0);
    return statusOf(tokens, at, at, injury, 2026);
  };
  it('a negation governs its own sign, not its neighbours', () => {
    expect(statusOfWord('pas de température mais du pus', 'température')).toBe('negated');
    expect(statusOfWord('pas de température mais du pus', 'pus')).toBe('current');
    expect(statusOfWord('Pas de fièvre, la cicatrice coule', 'coule')).toBe('current');
    expect(statusOfWord('les doigts ne sont ni gonflés ni engourdis', 'engourdis')).toBe('negated');
    expect(statusOfWord('ça saigne pas mal malgré la compresse', 'saigne')).toBe('current');
  });
  it('a sign that is over', () => {
    expect(statusOfWord('ça ne saigne plus depuis hier', 'saigne')).toBe('resolved');
    expect(statusOfWord('Ça a beaucoup saigné sur le moment, c’est arrêté maintenant', 'saigné')).toBe('resolved');
    expect(statusOfWord('le saignement ne s’arrête pas', 'saignement')).toBe('current');
    expect(statusOfWord('ça saigne et ça s’arrete pas', 'saigne')).toBe('current');
  });
  it('a question about a sign that is not there', () => {
    expect(statusOfWord('que faire si le doigt devient blanc ?', 'blanc')).toBe('hypothetical');
    expect(statusOfWord('est-ce qu’il y a un risque que le doigt devienne blanc ?', 'blanc')).toBe('hypothetical');
    expect(statusOfWord('rappelez-moi si besoin, le doigt est blanc', 'blanc')).toBe('current');
  });
  it('an injury told as treated or old', () => {
    expect(statusOfWord('plaie de la main suturée en 2018 aux urgences', 'plaie', true)).toBe('history');
    expect(statusOfWord('une vieille coupure de la paume', 'coupure', true)).toBe('history');
    expect(statusOfWord('je m’étais coincé le pouce dans la porte', 'coincé', true)).toBe('history');
    expect(statusOfWord('je me suis coupé le pouce ce matin', 'coupé', true)).toBe('current');
  });
});

describe('word forms and spelling', () => {
  it('one stem for the forms of a word', () => {
    expect(stemOf('ecrase')).toBe(stemOf('ecrasement'));
    expect(stemOf('saigne')).toBe(stemOf('saignement'));
    expect(stemOf('engourdis')).toBe(stemOf('engourdissement'));
  });
  it('corrects a typo to a word of the protocol, never a real French word', () => {
    const spelling = spellingIndex(['hydraulique', 'trainee', 'blanche', 'engourdi']);
    expect(spelling.correct('hydrolique')).toBe('hydraulique');
    expect(spelling.correct('traitee')).toBeNull();
    expect(spelling.correct('planche')).toBeNull();
    expect(withinOneEdit('engourdit', 'engourdi')).toBe(true);
    expect(withinOneEdit('abcdef', 'abdcef')).toBe(true);
    expect(withinOneEdit('abcdef', 'azcdey')).toBe(false);
  });
  it('expands SMS spellings', () => {
    expect(tokenize('jai coupé mon doi, sa sègne pa bcp', 'body').map((token) => token.word)).toEqual([
      'j',
      'ai',
      'coupe',
      'mon',
      'doigt',
      'ca',
      'saigne',
      'pas',
      'beaucoup',
    ]);
  });
});

describe('which words of a message count', () => {
  const practice = { names: ['"Secrétariat SOS Main" <secretariat@sosmain-exemple.fr>'] };
  const counted = (body: string) => countedBody(body, practice).replace(/\s+/g, ' ').trim();
  it('sets aside the practice’s own earlier message, quoted', () => {
    const body =
      'Je serai là.\n\nLe 20/02/2026 à 10:00, Secrétariat SOS Main a écrit :\n> Si le doigt devient blanc, appelez.\n';
    expect(counted(body)).toBe('Je serai là.');
  });
  it('keeps a forwarded message and another person’s quoted words', () => {
    const forwarded =
      'Je vous transfère.\n\n---------- Message transféré ----------\nDe : René <rene@example.fr>\n\nLe doigt est blanc.';
    expect(counted(forwarded)).toContain('Le doigt est blanc.');
    const quoted =
      'Voici le message de ma mère.\n\nLe sam. 21 mars, Odile <odile@example.fr> a écrit :\n> le chat m’a mordue\n';
    expect(counted(quoted)).toContain('le chat m’a mordue');
  });
  it('drops a signature and a legal footer, keeps a P.S.', () => {
    const body = 'Bonjour.\nP.S. : le doigt est blanc.\n-- \nDr X, en cas d’urgence appelez le 15\n';
    expect(counted(body)).toBe('Bonjour. P.S. : le doigt est blanc.');
  });
});
