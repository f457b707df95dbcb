import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { urgencyLevel, type CategoryCode } from '../../electron/api/common/schemas/inbox-protocol.js';
import { defaultProtocol } from '../../electron/services/inbox/triage/default-protocol.js';
import { compileProtocol, triage } from '../../electron/services/inbox/triage/engine.js';

/**
 * The default protocol on messages it was not written from (issue 23): 248 cases written apart from
 * the code (tests/fixtures/triage-cases.json), several paraphrases for each sign, each with its
 * negated, resolved, hypothetical and figurative forms, other parts of the body and paperwork.
 */
interface Case {
  readonly id: string;
  readonly concept: string;
  readonly form: string;
  readonly subject: string;
  readonly body: string;
  readonly expected: CategoryCode;
  /** The expected category or a more urgent one is right. */
  readonly atLeast: boolean;
}
const cases = JSON.parse(
  readFileSync(new URL('../../resources/triage/examples.json', import.meta.url), 'utf8'),
) as Case[];
const compiled = compileProtocol(defaultProtocol());
const level = urgencyLevel;
const sortOf = (item: Case) =>
  triage(compiled, {
    subject: item.subject,
    body: item.body,
    isReply: false,
    photoNames: [],
    sender: 'unknown',
    operatedDaysAgo: null,
    openWorkAccident: false,
  }).category;

describe('the default protocol on paraphrases it was not written from', () => {
  it('never sorts an emergency below its level', () => {
    const under = cases
      .filter((item) => level(item.expected) <= 1)
      .flatMap((item) => {
        const found = sortOf(item);
        return level(found) > level(item.expected) ? [`${item.id}: ${item.expected} → ${found}`] : [];
      });
    expect(under, under.join('\n')).toEqual([]);
  });

  it('sorts at least nine in ten exactly, form by form printed', () => {
    const byForm = new Map<string, { right: number; all: number }>();
    let right = 0;
    for (const item of cases) {
      const found = sortOf(item);
      const ok = item.atLeast
        ? level(found) < level(item.expected) || found === item.expected
        : found === item.expected;
      const tally = byForm.get(item.form) ?? { right: 0, all: 0 };
      byForm.set(item.form, { right: tally.right + Number(ok), all: tally.all + 1 });
      right += Number(ok);
    }
    console.log(
      `Paraphrases : ${right}/${cases.length} justes ; ${[...byForm].map(([form, tally]) => `${form} ${tally.right}/${tally.all}`).join(', ')}`,
    );
    expect(right / cases.length).toBeGreaterThanOrEqual(0.9);
  });

  it('a negated, resolved, hypothetical or figurative sign never makes an immediate emergency', () => {
    const raised = cases
      .filter((item) => ['negated', 'hypothetical', 'figurative'].includes(item.form) && level(item.expected) >= 2)
      .flatMap((item) => {
        const found = sortOf(item);
        return level(found) === 0 ? [`${item.id} (${item.form}) → ${found}`] : [];
      });
    expect(raised, raised.join('\n')).toEqual([]);
  });
});

/**
 * A second set of 130 whole messages written apart (tests/fixtures/triage-second-set.json), first
 * run as messages never seen (81 % exact, 4 emergencies below their level), then used for one round of
 * corrections by class: kept here so that no later change brings those misses back.
 */
describe('the default protocol on a second set of whole messages written apart', () => {
  interface Whole {
    readonly id: string;
    readonly subject: string;
    readonly body: string;
    readonly photo: boolean;
    readonly expected: CategoryCode;
  }
  const wholes = JSON.parse(
    readFileSync(new URL('../fixtures/triage-second-set.json', import.meta.url), 'utf8'),
  ) as Whole[];
  it('never sorts an emergency below its level, and sorts nine in ten exactly', () => {
    let right = 0;
    const under: string[] = [];
    for (const item of wholes) {
      const found = triage(compiled, {
        subject: item.subject,
        body: item.body,
        isReply: /^\s*(re|aw)\s*:/i.test(item.subject),
        photoNames: item.photo ? ['photo.jpg'] : [],
        sender: 'unknown',
        operatedDaysAgo: null,
        openWorkAccident: false,
        sentAt: '2026-03-04T10:00:00Z',
        practice: ['secretariat@sosmain-exemple.fr'],
      }).category;
      right += Number(found === item.expected);
      if (level(item.expected) <= 1 && level(found) > level(item.expected))
        under.push(`${item.id}: ${item.expected} → ${found}`);
    }
    console.log(`Second jeu : ${right}/${wholes.length} justes`);
    expect(under, under.join('\n')).toEqual([]);
    expect(right / wholes.length).toBeGreaterThanOrEqual(0.9);
  });
});
