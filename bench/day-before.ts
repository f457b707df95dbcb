// Issue 26 item 2: the J-1 call list for a theatre day of 40 cases (4 rooms of 10), each patient
// with a few preferences and half of them already called once; timed in the service on a real
// SQLite file, then one « joint » recorded with its answers.
import { openBenchCore } from './bench-core.js';
import { ms, percentile, time } from './stats.js';
import { benchTheatreDay } from './theatre-day.js';

const DAY = '2026-12-04';
const CASES = 40;
const { core, actor, dispose } = await openBenchCore('day-before');
try {
  const { services } = core;
  const caseIds = benchTheatreDay(core, actor, DAY, CASES, (patientId) => {
    services.preferences.set(
      patientId,
      { item: 'music', choice: 'music', style: 'jazz', artist: '', playlist: '' },
      0,
      actor,
    );
    services.preferences.set(patientId, { item: 'talkingPoints', text: 'Son jardin' }, 0, actor);
  });
  for (const caseId of caseIds.filter((_id, index) => index % 2 === 0))
    services.dayBeforeCalls.record({ caseId, reached: false, answers: null, versions: {}, notes: 'messagerie' }, actor);

  const lists = time(200, () => services.dayBeforeCalls.list(DAY, actor));
  console.log(
    `Veille (J-1), liste d’un jour de ${CASES} interventions : p50 ${ms(percentile(lists, 50))}, p95 ${ms(percentile(lists, 95))} (200 lectures)`,
  );
  const entry = services.dayBeforeCalls.list(DAY, actor).entries[1];
  if (!entry) throw new Error('liste vide');
  const versions = Object.fromEntries(
    entry.preferences.map((preference) => [preference.value.item, preference.version]),
  );
  const started = performance.now();
  services.dayBeforeCalls.record(
    {
      caseId: entry.caseId,
      reached: true,
      answers: {
        arrivalConfirmed: true,
        fastingUnderstood: true,
        companion: { name: 'Paul', phone: '06 11 22 33 44' },
        anaesthesia: 'walant',
        music: { choice: 'headphones', style: '', artist: '', playlist: '' },
        fears: { needles: true, blood: false, noise: false, other: '' },
        talkingPoints: 'Son jardin et ses petits-enfants',
        callAfter: { name: 'Paul', phone: '06 11 22 33 44' },
      },
      versions,
      notes: '',
    },
    actor,
  );
  console.log(
    `Veille (J-1), un appel « joint » enregistré (préférences et trace) : ${ms(performance.now() - started)}`,
  );
} finally {
  dispose();
}
