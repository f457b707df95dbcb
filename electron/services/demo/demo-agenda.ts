import type { Actor } from '../../api/call-context.js';
import type { AgendaService } from '../agenda/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PracticeService } from '../practice/service.js';

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
    services.agenda.saveMotif({
      id: null,
      colour: 'blue',
      active: true,
      practitionerIds: surgeonIds,
      room: '',
      ...motif,
    }),
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
  for (let offset = 0; offset < 7; offset += 1) {
    const date = new Date(Date.parse(`${today}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    for (const practitionerId of surgeonIds)
      for (const time of TIMES) {
        const patient = patients[next % Math.max(1, patients.length)];
        next += 1;
        if (!patient) continue;
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
          );
        } catch {
          // Past hours of today, week-ends and holidays are refused: the demonstration keeps the rest.
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
