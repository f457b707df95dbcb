import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { urgencyLevel } from '../../electron/api/common/schemas/inbox-protocol.js';
import { defaultProtocol } from '../../electron/services/inbox/triage/default-protocol.js';
import { compileProtocol, triage, type MessageFacts } from '../../electron/services/inbox/triage/engine.js';
import { foldWord } from '../../electron/services/inbox/triage/tokens.js';
import { labelledMail, type LabelledMessage } from '../helpers/labelled-mail.js';

/**
 * Metamorphic tests of the triage protocol (issue 23): an alarm sentence inserted into any message
 * that is not an emergency, wherever a person may write it, lifts the message to the alarm's
 * level; the same sentence negated, over or asked about does not. The sentences were written
 * apart from the protocol (tests/fixtures/triage-alarm-sentences.json), the messages are the
 * labelled sets of ../shared/mail.
 */
interface AlarmSentence {
  readonly id: string;
  readonly level: 'urgence-immediate' | 'urgence-jour';
  readonly alarm: string;
  readonly negated: string;
}
const sentences = JSON.parse(
  readFileSync(new URL('../fixtures/triage-alarm-sentences.json', import.meta.url), 'utf8'),
) as AlarmSentence[];
const compiled = compileProtocol(defaultProtocol());
const level = urgencyLevel;
const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
const middle = (body: string, insert: string) => {
  const paragraphs = body.split(/\n\s*\n/);
  const at = Math.max(1, Math.floor(paragraphs.length / 2));
  return [...paragraphs.slice(0, at), insert, ...paragraphs.slice(at)].join('\n\n');
};
const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/** Where a person may write the sentence, and how. */
const PLACES: readonly [string, (facts: MessageFacts, sentence: string) => MessageFacts][] = [
  ['at the top', (facts, sentence) => ({ ...facts, body: `${sentence}\n\n${facts.body}` })],
  ['in a P.S.', (facts, sentence) => ({ ...facts, body: `${facts.body}\n\nP.S. : ${sentence}` })],
  ['in the subject only', (facts, sentence) => ({ ...facts, subject: sentence, isReply: false })],
  [
    'inside a forwarded message',
    (facts, sentence) => ({
      ...facts,
      body: `${facts.body}\n\n---------- Message transféré ----------\nDe : Paul Martin <paul.martin@example.fr>\nDate : lun. 2 mars 2026 à 08:14\nObjet : ma main\n\n${sentence}`,
    }),
  ],
  [
    'in « > » quotes of another person',
    (facts, sentence) => ({
      ...facts,
      body: `${facts.body}\n\nLe lun. 2 mars 2026 à 21:48, Odile Pelletier <odile.pelletier@example.fr> a écrit :\n${quoted(sentence)}\n`,
    }),
  ],
  [
    'below a quoted message of the practice',
    (facts, sentence) => ({
      ...facts,
      // A reply: its subject repeats the practice's, and only the writer's own lines count.
      subject: `Re: ${facts.subject}`,
      isReply: true,
      photoNames: [],
      body: `Le 02/03/2026 à 10:00, Secrétariat SOS Main <secretariat@sosmain-exemple.fr> a écrit :\n${quoted(facts.body)}\n\n${sentence}`,
      practice: ['secretariat@sosmain-exemple.fr'],
    }),
  ],
  ['in capitals, in the middle', (facts, sentence) => ({ ...facts, body: middle(facts.body, sentence.toUpperCase()) })],
  [
    'without accents, in the middle',
    (facts, sentence) => ({ ...facts, body: middle(facts.body, withoutAccents(sentence)) }),
  ],
];

describe('an alarm sentence lifts any message to its level, wherever it is written; negated, it does not', () => {
  let calm: LabelledMessage[] = [];
  beforeAll(async () => {
    const all = [...(await labelledMail('dev')), ...(await labelledMail('dev2'))];
    calm = all.filter(
      (message) => level(message.expected) >= 2 && level(triage(compiled, message.facts).category) >= 2,
    );
  });

  it('over both labelled sets, every place, several sentences each', () => {
    const missed: string[] = [];
    const raised: string[] = [];
    let tried = 0;
    calm.forEach((message, messageIndex) => {
      PLACES.forEach(([place, transform], placeIndex) => {
        for (let pick = 0; pick < 3; pick += 1) {
          const sentence = sentences[(messageIndex * 7 + placeIndex * 3 + pick) % sentences.length] as AlarmSentence;
          tried += 2;
          const lifted = triage(compiled, transform(message.facts, sentence.alarm));
          if (level(lifted.category) > level(sentence.level))
            missed.push(`${message.set}/${message.file} ${place} «${sentence.id}» → ${lifted.category}`);
          const calmed = triage(compiled, transform(message.facts, sentence.negated));
          if (level(calmed.category) < 2)
            raised.push(`${message.set}/${message.file} ${place} «${sentence.id}» négation → ${calmed.category}`);
        }
      });
    });
    console.log(
      `Triage métamorphique : ${tried} variantes sur ${calm.length} messages non urgents, ${PLACES.length} places ; ${missed.length} alarmes manquées, ${raised.length} négations relevées`,
    );
    expect({ missed, raised }, [...missed, ...raised].slice(0, 60).join('\n')).toEqual({ missed: [], raised: [] });
  });

  it('each alarm sentence alone sorts at its level, and its negation below the emergencies', () => {
    const base: MessageFacts = {
      subject: '',
      body: '',
      isReply: false,
      photoNames: [],
      sender: 'unknown',
      operatedDaysAgo: null,
      openWorkAccident: false,
    };
    const wrong = sentences.flatMap((sentence) => {
      const alone = triage(compiled, { ...base, body: sentence.alarm }).category;
      const negated = triage(compiled, { ...base, body: sentence.negated }).category;
      return [
        ...(level(alone) > level(sentence.level) ? [`${sentence.id}: ${alone} « ${sentence.alarm} »`] : []),
        ...(level(negated) < 2 ? [`${sentence.id} négation: ${negated} « ${sentence.negated} »`] : []),
      ];
    });
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(foldWord('É')).toBe('e');
  });
});
