// Triage protocol (issue 23), printed: on ../shared/mail/dev and dev2 separately, through exactly
// what `paume triage` runs, the exact accuracy, the emergencies sorted below their level, the
// confusion matrix and every miss; the same on the 248 paraphrases of tests/fixtures written apart
// from the protocol; then the protocol's cost: compiling it (the French word list read once) and
// sorting on one core, the protocol compiled once.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CATEGORY_CODES, urgencyLevel, type CategoryCode } from '../electron/api/common/schemas/inbox-protocol.js';
import { defaultExplainDeps, triageFiles } from '../electron/services/inbox/triage-files.js';
import { defaultProtocol } from '../electron/services/inbox/triage/default-protocol.js';
import { compileProtocol, triage, type MessageFacts } from '../electron/services/inbox/triage/engine.js';
import { labelledMail, labelsOf } from '../tests/helpers/labelled-mail.js';
import { sharedPath } from '../tests/helpers/shared.js';
import { ms, percentile, time } from './stats.js';

const level = urgencyLevel;
const short = (code: string) => code.slice(0, 6).padStart(6);

function report(
  title: string,
  results: readonly { name: string; expected: CategoryCode; found: CategoryCode; why: string }[],
) {
  const matrix = new Map<string, number>();
  let right = 0;
  let under = 0;
  const misses: string[] = [];
  for (const { name, expected, found, why } of results) {
    matrix.set(`${expected}|${found}`, (matrix.get(`${expected}|${found}`) ?? 0) + 1);
    if (expected === found) right += 1;
    else
      misses.push(
        `    ${name}: attendu ${expected}, trouvé ${found}${level(expected) <= 1 && level(found) > level(expected) ? '  <-- URGENCE SOUS SON NIVEAU' : ''} (${why})`,
      );
    if (level(expected) <= 1 && level(found) > level(expected)) under += 1;
  }
  console.log(
    `Tri, ${title} (${results.length} messages) : exactitude ${((100 * right) / results.length).toFixed(1)} % (${right}/${results.length}), urgences classées sous leur niveau : ${under}`,
  );
  console.log(`  attendu \\ trouvé   ${CATEGORY_CODES.map(short).join(' ')}`);
  for (const expected of CATEGORY_CODES)
    console.log(
      `  ${expected.padEnd(17)} ${CATEGORY_CODES.map((found) => String(matrix.get(`${expected}|${found}`) ?? 0).padStart(6)).join(' ')}`,
    );
  console.log(misses.length ? `  erreurs :\n${misses.join('\n')}` : '  erreurs : aucune');
}

// 1. The labelled sets, each apart, through `paume triage`'s own code.
const compileStart = performance.now();
const deps = defaultExplainDeps();
const firstCompile = performance.now() - compileStart;
for (const set of ['dev', 'dev2'] as const) {
  const labels = labelsOf(set);
  const results: { name: string; expected: CategoryCode; found: CategoryCode; why: string }[] = [];
  for await (const line of triageFiles(sharedPath('mail', set), deps)) {
    const name = line.file.split('/').pop() ?? '';
    results.push({
      name,
      expected: labels.get(name) as CategoryCode,
      found: line.category,
      why: line.reasons[0] ?? '',
    });
  }
  report(`../shared/mail/${set}`, results);
}

// 2. Paraphrases written apart from the protocol.
interface Case {
  readonly id: string;
  readonly subject: string;
  readonly body: string;
  readonly expected: CategoryCode;
}
const cases = JSON.parse(readFileSync(new URL('../resources/triage/examples.json', import.meta.url), 'utf8')) as Case[];
const blank: Omit<MessageFacts, 'subject' | 'body'> = {
  isReply: false,
  photoNames: [],
  sender: 'unknown',
  operatedDaysAgo: null,
  openWorkAccident: false,
};
report(
  'paraphrases écrites à part (exactes ; une catégorie plus urgente compte ici comme une erreur)',
  cases.map((item) => {
    const result = triage(deps.compiled, { ...blank, subject: item.subject, body: item.body });
    return { name: item.id, expected: item.expected, found: result.category, why: result.reasons[0]?.label ?? '' };
  }),
);

// 3. Cost: compiling, and sorting on one core (this process is single-threaded).
const warm = performance.now();
compileProtocol(defaultProtocol());
console.log(
  `Protocole compilé : ${firstCompile.toFixed(0)} ms la première fois (liste de mots français lue une fois), ${(performance.now() - warm).toFixed(0)} ms ensuite`,
);
const messages = [...(await labelledMail('dev')), ...(await labelledMail('dev2'))].map((message) => message.facts);
// Throughput first, untimed one by one; then each message timed on its own for the percentiles.
const started = performance.now();
let sorted = 0;
while (performance.now() - started < 4_000) {
  for (const facts of messages) triage(deps.compiled, facts);
  sorted += messages.length;
}
const perSecond = sorted / ((performance.now() - started) / 1000);
const perMessage = time(messages.length * 20, (run) =>
  triage(deps.compiled, messages[run % messages.length] as MessageFacts),
);
console.log(
  `Tri : ${Math.round(perSecond).toLocaleString('fr-FR')} messages/s sur un cœur (cible 5 000, ${(perSecond / 5000).toFixed(1)}×), ${messages.length} messages réels de dev et dev2 ; un message p50 ${ms(percentile(perMessage, 50))}, p95 ${ms(percentile(perMessage, 95))}`,
);
