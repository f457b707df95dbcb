// Bloc (issue 13): a year of theatre lists (4 rooms, 3,000 cases); the day's list with every card,
// and recording a checklist answer, timed in the service on a real SQLite file.
import { performance } from 'node:perf_hooks';
import { patientInput } from '../tests/helpers/patients.js';
import { openBenchCore } from './bench-core.js';
import { ms, percentile, time } from './stats.js';

const { core, actor, dispose } = await openBenchCore('theatre');
const { userId } = actor;
const { services } = core;

const PATIENTS = 1_000;
const patients: number[] = [];
const { confirmNotDuplicate: _confirm, ...fields } = patientInput();
for (let index = 0; index < PATIENTS; index += 1) {
  const id = services.patients.create(
    { ...fields, birthName: `Patient${index}`, nir: '', phoneMobile: '' },
    true,
    actor,
  );
  services.preferences.set(id, { item: 'music', choice: 'music', style: 'jazz', artist: '', playlist: '' }, 0, actor);
  services.preferences.set(
    id,
    {
      item: 'anaesthesia',
      choice: index % 3 === 0 ? 'general' : 'walant',
      regionalBlock: '',
      discussedOn: '2026-01-02',
    },
    0,
    actor,
  );
  if (index % 5 === 0) services.alerts.add(id, 'allergy', 'latex', actor);
  patients.push(id);
}

// 250 working days × 4 rooms = 1,000 sessions, 3 cases each: 3,000 cases.
const days: string[] = [];
const start = Date.UTC(2026, 0, 5);
for (let day = 0; days.length < 250; day += 1) {
  const date = new Date(start + day * 86_400_000);
  if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date.toISOString().slice(0, 10));
}
const cases: number[] = [];
let next = 0;
for (const date of days) {
  for (let room = 1; room <= 4; room += 1) {
    const { id: sessionId } = services.theatre.createSession(
      { date, room: String(room), surgeonId: null, anaesthetist: '', scrubNurse: '', circulatingNurse: '' },
      actor,
    );
    for (let slot = 0; slot < 3; slot += 1) {
      const patientId = patients[next++ % PATIENTS] as number;
      const added = services.theatre.addCase(
        {
          sessionId,
          patientId,
          procedure: 'Canal carpien',
          side: 'right',
          digits: [],
          zone: 'poignet',
          plannedAnaesthesia: 'walant',
          estimatedMinutes: 30,
          turnoverMinutes: 15,
          notes: '',
        },
        actor,
      );
      cases.push(added.id);
    }
  }
}

const dayLoads = time(300, (run) => services.theatre.day(days[(run * 7) % days.length] as string, actor));
// A checklist answer as a seat records it: through the dispatcher (validation, session, role, audit).
const token = services.auth.openSession(userId, 'bench');
const items = [
  'identity',
  'procedure-site',
  'positioning',
  'equipment',
  'critical-points',
  'final-check',
  'hand-site',
  'team-briefing',
];
const answerTimes: number[] = [];
for (let run = 0; run < 600; run += 1) {
  const caseId = cases[Math.floor(run / items.length) % cases.length] as number;
  const started = performance.now();
  const result = await core.dispatch(
    { sessionToken: token, seat: 'bench', hostSeat: true },
    'theatre.answerChecklist',
    {
      caseId,
      itemId: items[run % items.length],
      answer: 'yes',
      reason: '',
    },
  );
  answerTimes.push(performance.now() - started);
  if (!result.ok) throw new Error(result.error.message);
}

console.log(
  `\nBloc : une année de programmes (${days.length} jours, 4 salles, ${cases.length} interventions, ${PATIENTS} patients)`,
);
console.log(
  `  programme d’un jour avec chaque fiche (12 interventions), 300 fois : médiane ${ms(percentile(dayLoads, 50))}, p95 ${ms(percentile(dayLoads, 95))}`,
);
console.log(
  `  réponse à un point de la check-list, 600 fois : médiane ${ms(percentile(answerTimes, 50))}, p95 ${ms(percentile(answerTimes, 95))}`,
);
dispose();
