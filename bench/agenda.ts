// Agenda (issue 12): 10 practitioners open Monday to Friday 08:00–12:00 and 14:00–18:00, and
// 5,000, 50,000 then 500,000 appointments on a 15-minute grid (a year ahead, the rest history).
// Prints agenda.findSlots, the day view of one practitioner and a booking, p50/p95, timed in the
// service on a real SQLite file.
import { withLuhnKey } from '../electron/cli/demo/seed.js';
import { addMinutes, epochOf, nextDay, timeOf, todayAt, weekdayOf } from '../electron/lib/paris-time.js';
import { patientInput } from '../tests/helpers/patients.js';
import { openBenchCore } from './bench-core.js';
import { ms, percentile, time } from './stats.js';

const PRACTITIONERS = 10;
const SIZES = (process.env.PAUME_BENCH_AGENDA_SIZES ?? '5000,50000,500000').split(',').map(Number);

async function run(size: number) {
  const { core, actor, dispose } = await openBenchCore('agenda');
  const { services } = core;
  const { userId } = actor;
  const practitioners: number[] = [];
  for (let index = 0; index < PRACTITIONERS; index += 1)
    practitioners.push(
      services.practice.createPractitioner({
        kind: 'surgeon',
        title: 'Dr',
        firstName: 'Banc',
        lastName: `Praticien ${index}`,
        rpps: withLuhnKey(`1000234${String(index).padStart(3, '0')}`),
        specialty: '',
        signature: '',
      }).id,
    );
  const { confirmNotDuplicate: _confirm, ...fields } = patientInput();
  const patient = services.patients.create(fields, true, actor);
  const motifId = services.agenda.saveMotif(
    {
      id: null,
      label: 'Consultation',
      durationMinutes: 15,
      colour: 'blue',
      room: '',
      instructions: '',
      emergencyAllowed: true,
      practitionerIds: practitioners,
      active: true,
      version: 0,
    },
    actor.userId,
  );
  const today = todayAt(Date.now());
  const start = `${Number(today.slice(0, 4)) - 10}${today.slice(4)}`;
  const end = nextDay(today, 365);
  core.db.transaction(() => {
    for (const practitionerId of practitioners)
      for (const weekday of [1, 2, 3, 4, 5])
        for (const [from, to] of [
          ['08:00', '12:00'],
          ['14:00', '18:00'],
        ] as const)
          core.db
            .prepare(
              'INSERT INTO agenda_periods (practitioner_id, weekday, start_time, end_time, valid_from) VALUES (?, ?, ?, ?, ?)',
            )
            .run(practitionerId, weekday, from, to, start);
  })();
  // The slots of the grid, future first (a year ahead at 70 %), then history back ten years.
  const days: string[] = [];
  for (let date = today; date <= end; date = nextDay(date)) if (weekdayOf(date) <= 5) days.push(date);
  const pastDays: string[] = [];
  for (let date = nextDay(today, -1); date >= start; date = nextDay(date, -1))
    if (weekdayOf(date) <= 5) pastDays.push(date);
  const grid = [
    ...Array.from({ length: 16 }, (_, k) => 8 * 60 + 15 * k),
    ...Array.from({ length: 16 }, (_, k) => 14 * 60 + 15 * k),
  ];
  const insert = core.db.prepare(`INSERT INTO agenda_appointments
    (practitioner_id, patient_id, motif_id, starts_at, ends_at, local_date, local_time, user_id, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01')`);
  let placed = 0;
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  core.db.transaction(() => {
    const futureTarget = Math.min(size, Math.floor(days.length * PRACTITIONERS * grid.length * 0.7));
    for (const [pool, target] of [
      [days, futureTarget],
      [pastDays, size - futureTarget],
    ] as const) {
      let done = 0;
      for (const date of pool) {
        for (const practitionerId of practitioners)
          for (const minutes of grid) {
            if (done >= target) break;
            if (random() > target / (pool.length * PRACTITIONERS * grid.length) + 0.05) continue;
            const time = timeOf(minutes);
            const from = epochOf(date, time);
            insert.run(
              practitionerId,
              patient,
              motifId,
              new Date(from).toISOString(),
              new Date(addMinutes(date, time, 15)).toISOString(),
              date,
              time,
              userId,
            );
            done += 1;
          }
        if (done >= target) break;
      }
      placed += done;
    }
  })();
  const newPatient = (birthName: string) => {
    const { confirmNotDuplicate: _again, ...asking } = patientInput({ birthName });
    return services.patients.create(asking, true, actor);
  };
  const asker = newPatient('Demandeur');
  const find = (urgency: 'urgence-jour' | 'semi-urgent' | 'programme') =>
    time(200, () =>
      services.agenda.findSlots({
        motifId,
        practitionerIds: [],
        urgency,
        mornings: false,
        afternoons: false,
        notWeekdays: [],
        after: null,
        limit: 10,
        // A patient of the practice asks (issue 24 point 11 skips their own appointments: the
        // bench's filler patient, who holds every appointment, would make each day a wall).
        patientId: asker,
      }),
    );
  const line = (label: string, samples: number[]) =>
    `${label} p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}`;
  console.log(`Agenda, ${placed.toLocaleString('fr-FR')} rendez-vous, ${PRACTITIONERS} praticiens :`);
  console.log(`  ${line('agenda.findSlots (programmé, 10 créneaux)', find('programme'))}`);
  console.log(`  ${line('agenda.findSlots (semi-urgent, sous 72 h)', find('semi-urgent'))}`);
  const day = time(500, (run) => services.agenda.day(practitioners[run % PRACTITIONERS] ?? 0, days[run % 20] ?? today));
  console.log(`  ${line('journée d’un praticien', day)}`);
  const free = services.agenda.findSlots({
    motifId,
    practitionerIds: [],
    urgency: 'programme',
    mornings: false,
    afternoons: false,
    notWeekdays: [],
    after: null,
    limit: 50,
    patientId: null,
  });
  const bookers = free.map((_slot, index) => newPatient(`Rdv${String(index)}`));
  const booking = time(Math.min(50, free.length), (run) => {
    const slot = free[run];
    if (slot)
      services.agenda.book(
        {
          patientId: bookers[run] ?? asker,
          practitionerId: slot.practitionerId,
          motifId,
          date: slot.date,
          time: slot.time,
          urgency: 'programme',
          notes: '',
          inboxMessageId: null,
        },
        actor,
      );
  });
  console.log(`  ${line('prise de rendez-vous', booking)}`);
  dispose();
}

for (const size of SIZES) await run(size);
