// Issue 26 item 3: the J+1 follow-up list for the 40 patients who left the day before (4 rooms of
// 10), half of them already tried once; timed in the service on a real SQLite file, then one call
// with a bad answer recorded (its alert put in the secretariat's queue).
import { openBenchCore } from './bench-core.js';
import { ms, percentile, time } from './stats.js';
import { benchTheatreDay } from './theatre-day.js';

const SURGERY_DAY = '2026-12-03';
const FOLLOW_UP_DAY = '2026-12-04';
const CASES = 40;
const FLOW = ['called', 'in_room', 'induction', 'incision', 'end', 'recovery', 'left'] as const;
const { core, actor, dispose } = await openBenchCore('day-after');
try {
  const { services } = core;
  // The day walked to « sorti » (the checklist passed with a reason: not what is timed here).
  const caseIds = benchTheatreDay(core, actor, SURGERY_DAY, CASES, (_patientId, caseId) => {
    for (const status of FLOW) services.theatre.setStatus(caseId, status, 'banc d’essai', actor, true);
  });
  for (const caseId of caseIds.filter((_id, index) => index % 2 === 0))
    services.dayAfterCalls.record({ caseId, reached: false, answers: null, notes: 'messagerie' }, actor);

  const lists = time(200, () => services.dayAfterCalls.list(FOLLOW_UP_DAY));
  const entries = services.dayAfterCalls.list(FOLLOW_UP_DAY).entries.length;
  if (entries !== CASES) throw new Error(`${entries} patients dans la liste, ${CASES} attendus`);
  console.log(
    `Lendemain (J+1), liste des ${CASES} sortis de la veille : p50 ${ms(percentile(lists, 50))}, p95 ${ms(percentile(lists, 95))} (200 lectures)`,
  );
  // The first reading of the patient's questions loads the practice's triage protocol: timed apart.
  const recordAlert = (caseId: number) =>
    services.dayAfterCalls.record(
      {
        caseId,
        reached: true,
        answers: {
          pain: 8,
          temperature: 38.6,
          bleeding: 'traverse',
          fingerColour: 'rose',
          warmth: 'chaud',
          feeling: 'normale',
          nausea: false,
          dressing: 'tache',
          questions: 'ça coule jaune',
        },
        notes: '',
      },
      actor,
    );
  const [first, second, third] = [caseIds[1], caseIds[3], caseIds[5]];
  if (first === undefined || second === undefined || third === undefined) throw new Error('aucune intervention');
  let started = performance.now();
  if (recordAlert(first).requestId === null) throw new Error('aucune alerte levée');
  const cold = performance.now() - started;
  started = performance.now();
  recordAlert(second);
  recordAlert(third);
  console.log(
    `Lendemain (J+1), un appel avec alerte enregistré (demande dans la file, trace) : ${ms((performance.now() - started) / 2)} (le premier, protocole chargé : ${ms(cold)})`,
  );
} finally {
  dispose();
}
