import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urgencyLevel, type CategoryCode } from '../../electron/api/common/schemas/inbox-protocol.js';
import { runCli } from '../../electron/cli/run.js';
import { defaultProtocol } from '../../electron/services/inbox/triage/default-protocol.js';
import { compileProtocol, triage, type MessageFacts } from '../../electron/services/inbox/triage/engine.js';
import { patientInput } from '../helpers/patients.js';
import { labelsOf } from '../helpers/labelled-mail.js';
import { sharedPath } from '../helpers/shared.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/**
 * The protocol against ../shared/mail/dev (40 labelled messages) through `paume triage`, exactly
 * the app's code; and one message of our own for each rule of reading (negation, past, SMS,
 * photo, English, a reply's quoted text) (issue 11).
 */
const devDir = sharedPath('mail', 'dev');
const labels = labelsOf('dev');

async function cliLines(argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: () => undefined });
  expect(code).toBe(0);
  return out.map(
    (line) =>
      JSON.parse(line) as {
        file: string;
        category: CategoryCode;
        reasons: string[];
        patient: { id: number; evidence: string } | null;
      },
  );
}

const urgency = urgencyLevel;

describe('paume triage on the labelled messages', () => {
  it('sorts every message with reasons, never an emergency below its level', async () => {
    const lines = await cliLines(['triage', devDir]);
    expect(lines).toHaveLength(40);
    let right = 0;
    for (const line of lines) {
      const expected = labels.get(line.file.split('/').pop() ?? '') as CategoryCode;
      if (line.category === expected) right += 1;
      expect(urgency(line.category), `${line.file}: ${expected} sorted ${line.category}`).toBeLessThanOrEqual(
        urgency(expected),
      );
      expect(line.reasons.length, line.file).toBeGreaterThan(0);
    }
    expect(right / lines.length).toBeGreaterThanOrEqual(0.9);
  });

  it('names the patient of the data folder, with the evidence', async () => {
    const opened = await openTempCore();
    const admin = caller(opened.core);
    expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
    const created = await admin.call(
      'patients.create',
      patientInput({ birthName: 'MOREL', firstNames: 'Sandrine', birthDate: '1958-09-04', sex: 'F' }),
    );
    if (!created.ok) throw new Error(created.error.message);
    const dataDir = join(opened.file, '..');
    opened.core.close();
    const [line] = await cliLines(['triage', join(devDir, '007.eml'), '--data-dir', dataDir]);
    expect(line?.patient?.id).toBe((created.value as { id: number }).id);
    expect(line?.patient?.evidence).toMatch(/date de naissance/);
    expect(line?.category).toBe('urgence-immediate');
    opened.dispose();
  });
});

const compiled = compileProtocol(defaultProtocol());
const facts = (body: string, more: Partial<MessageFacts> = {}): MessageFacts => ({
  subject: '',
  body,
  isReply: false,
  photoNames: [],
  sender: 'unknown',
  operatedDaysAgo: null,
  openWorkAccident: false,
  ...more,
});

describe('reading rules of the default protocol', () => {
  const cases: [string, MessageFacts, CategoryCode][] = [
    [
      'a white finger wins over a change of appointment',
      facts('Je voudrais déplacer mon rdv, et mon doigt est devenu tout blanc.'),
      'urgence-immediate',
    ],
    [
      'SMS spelling, no accents, capitals',
      facts('BJR JME SUIS COUPE LE POUCE AVEC UN CUTTER SA SAIGNE PLUS MAIS JSENS PLUS RIEN'),
      'urgence-jour',
    ],
    [
      'a negation is no alarm',
      facts('Aucune fièvre, pas de plaie. Je voudrais annuler mon rendez-vous de jeudi.'),
      'rendez-vous',
    ],
    [
      'a past bleeding is no alarm',
      facts('Le saignement s’est arrêté hier. Pouvez-vous avancer mon rendez-vous ?'),
      'rendez-vous',
    ],
    [
      'a photo with a few words is a wound',
      facts('Voici la photo, c’est arrivé ce midi.', { photoNames: ['IMG_1.jpg'] }),
      'urgence-jour',
    ],
    [
      'an old healed scar in a photo is not',
      facts('Photo de mon ancienne cicatrice pour le certificat.', { photoNames: ['IMG_2.jpg'] }),
      'administratif',
    ],
    ['English', facts('My finger turned white and cold after the operation.'), 'urgence-immediate'],
    [
      'quoted text of a reply does not count',
      facts(
        'Merci, je confirme le rendez-vous.\n\nLe 02/04/2026 à 10:00, Secrétariat a écrit :\n> Si le doigt devient blanc, appelez le 15.',
      ),
      'rendez-vous',
    ],
    [
      'high-pressure injection even with a tiny wound',
      facts('Je me suis injecté de la peinture avec le pistolet à peinture, le trou est minuscule.'),
      'urgence-immediate',
    ],
    [
      'a recently operated patient describing pain',
      facts('La main me fait mal ce soir.', { operatedDaysAgo: 6 }),
      'semi-urgent',
    ],
    [
      'a work-accident patient asking for papers',
      facts('Il me faut le papier pour mon employeur.', { openWorkAccident: true }),
      'administratif',
    ],
    [
      'a laboratory sends a result',
      facts('Veuillez trouver le document ci-joint.', { sender: 'laboratory' }),
      'correspondance',
    ],
    [
      'nothing matches: read by a person, at a medical level',
      facts('Bonjour, pouvez-vous me rappeler ?'),
      'semi-urgent',
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const result = triage(compiled, input);
      expect(result.category, JSON.stringify(result.reasons.map((reason) => reason.label))).toBe(expected);
      expect(result.reasons.length).toBeGreaterThan(0);
    });
  }

  it('gives the place of each matched phrase in the message', () => {
    const body = 'Hier mon doigt est devenu tout blanc.';
    const [reason] = triage(compiled, facts(body)).reasons;
    // Each concept of the phrase is highlighted where it was written (issue 23).
    const highlighted = (reason?.spans ?? []).map((span) => body.slice(span.start, span.end));
    expect(highlighted).toContain('doigt');
    expect(highlighted).toContain('blanc');
  });
});
