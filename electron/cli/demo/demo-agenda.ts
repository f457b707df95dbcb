import { shiftDay } from '../../api/common/paris-day.js';
import type { Actor } from '../../api/node/call-context.js';
import type { FlowStep } from '../../api/common/schemas/agenda.js';
import { epochOf, localOf } from '../../lib/paris-time.js';
import type { AgendaService } from '../../services/agenda/service.js';
import type { PatientsService } from '../../services/patients/service.js';
import type { PracticeService } from '../../services/practice/service.js';

const MOTIFS = [
  {
    label: 'Consultation',
    durationMinutes: 20,
    emergencyAllowed: false,
    instructions: 'Apportez vos radios et vos comptes rendus.',
  },
  {
    label: 'Urgence main',
    durationMinutes: 20,
    emergencyAllowed: true,
    instructions: 'Venez à jeun si la plaie est profonde.',
  },
  {
    label: 'Contrôle post-opératoire',
    durationMinutes: 15,
    emergencyAllowed: false,
    instructions: 'Gardez le pansement jusqu’au rendez-vous.',
  },
  { label: 'Pansement', durationMinutes: 10, emergencyAllowed: false, instructions: '', room: 'Salle de soins' },
] as const;
const TIMES = ['08:40', '09:20', '10:00', '10:40', '14:00', '14:40', '15:20', '16:00'];

const isoMinutesBefore = (at: number, minutes: number) => new Date(at - minutes * 60_000).toISOString();

/**
 * Where a patient of earlier today is: the latest arrived is waiting, the one before is in
 * consultation, the others have left (their steps timed from their appointment).
 */
function flowOf(
  fromNow: number,
  date: string,
  time: string,
  now: number,
): { flow: FlowStep; flowTimes: Record<string, string> } {
  if (fromNow === 1)
    return {
      flow: 'waiting',
      flowTimes: { arrived: isoMinutesBefore(now, 12), waiting: isoMinutesBefore(now, 10) },
    };
  if (fromNow === 2)
    return {
      flow: 'in-consultation',
      flowTimes: {
        arrived: isoMinutesBefore(now, 40),
        waiting: isoMinutesBefore(now, 35),
        'in-consultation': isoMinutesBefore(now, 8),
      },
    };
  const start = epochOf(date, time);
  return {
    flow: 'left',
    flowTimes: {
      arrived: isoMinutesBefore(start, 5),
      waiting: isoMinutesBefore(start, 3),
      'in-consultation': isoMinutesBefore(start, -2),
      seen: isoMinutesBefore(start, -15),
      left: isoMinutesBefore(start, -18),
    },
  };
}

/** This week's agenda for the demonstration (issue 12): motifs, each surgeon's week, bookings, a waiting list. */
export function seedDemoAgenda(
  services: { agenda: AgendaService; practice: PracticeService; patients: PatientsService },
  actor: Actor,
  today: string,
): void {
  const surgeons = services.practice.listPractitioners().filter((practitioner) => practitioner.kind === 'surgeon');
  const surgeonIds = surgeons.map((surgeon) => surgeon.id);
  if (surgeonIds.length === 0) return;
  const motifIds = MOTIFS.map((motif) =>
    services.agenda.saveMotif(
      { id: null, colour: 'blue', active: true, practitionerIds: surgeonIds, room: '', version: 0, ...motif },
      actor.userId,
    ),
  );
  // Each surgeon consults in a box of their own; dressings are done in the care room.
  for (const [index, practitionerId] of surgeonIds.entries())
    for (const weekday of [1, 2, 3, 4, 5]) {
      const room = `Box ${index + 1}`;
      services.agenda.addPeriod({
        practitionerId,
        weekday,
        startTime: '08:30',
        endTime: '11:30',
        room,
        heldForEmergencies: false,
        release: null,
        validFrom: '2020-01-01',
        validUntil: null,
      });
      services.agenda.addPeriod({
        practitionerId,
        weekday,
        startTime: '11:30',
        endTime: '12:30',
        room,
        heldForEmergencies: true,
        release: 'same-day-11',
        validFrom: '2020-01-01',
        validUntil: null,
      });
      services.agenda.addPeriod({
        practitionerId,
        weekday,
        startTime: '14:00',
        endTime: '17:30',
        room,
        heldForEmergencies: false,
        release: null,
        validFrom: '2020-01-01',
        validUntil: null,
      });
    }
  const patients = services.patients.search('e', 80);
  let next = 0;
  const nowMs = Date.now();
  const nowTime = localOf(nowMs).time;
  for (let offset = 0; offset < 7; offset += 1) {
    const date = shiftDay(today, offset);
    for (const practitionerId of surgeonIds) {
      // Today's hours already gone took place: the surgeon's list has a morning behind it, a
      // patient in consultation and one waiting, whatever the hour the demonstration is opened.
      const past = offset === 0 ? TIMES.filter((time) => time < nowTime) : [];
      for (const time of TIMES) {
        const patient = patients[next % Math.max(1, patients.length)];
        next += 1;
        if (!patient) continue;
        const fromNow = past.length - past.indexOf(time);
        const takenPlace = past.includes(time) ? flowOf(fromNow, date, time, nowMs) : undefined;
        try {
          services.agenda.book(
            {
              patientId: patient.id,
              practitionerId,
              motifId: motifIds[next % 3] ?? 0,
              date,
              time,
              urgency: 'programme',
              notes: '',
              inboxMessageId: null,
            },
            actor,
            takenPlace,
          );
        } catch {
          // Week-ends and holidays are refused: the demonstration keeps the rest.
        }
      }
    }
  }
  for (const patient of patients.slice(-2))
    services.agenda.addWaiting({
      patientId: patient.id,
      motifId: motifIds[0] ?? 0,
      practitionerId: null,
      note: 'dès qu’une place se libère',
    });
}
