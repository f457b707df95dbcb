import { parisToday, shiftDay } from '../../api/common/paris-day.js';
import { weekdayOf } from '../../lib/paris-time.js';
import type { Actor } from '../../api/node/call-context.js';
import type { ANAESTHESIAS, ZONES } from '../../api/common/schemas/theatre.js';
import type { PatientsService } from '../../services/patients/service.js';
import type { PracticeService } from '../../services/practice/service.js';
import type { TheatreService } from '../../services/theatre/service.js';

const CASES: readonly {
  procedure: string;
  side: 'left' | 'right';
  digits: ('D1' | 'D2' | 'D3' | 'D4' | 'D5')[];
  zone: (typeof ZONES)[number] | null;
  anaesthesia: (typeof ANAESTHESIAS)[number];
  minutes: number;
}[] = [
  {
    procedure: 'Libération du canal carpien',
    side: 'right',
    digits: [],
    zone: 'poignet',
    anaesthesia: 'walant',
    minutes: 20,
  },
  { procedure: 'Doigt à ressaut', side: 'left', digits: ['D3'], zone: 'MCP', anaesthesia: 'walant', minutes: 15 },
  {
    procedure: 'Aponévrectomie (maladie de Dupuytren)',
    side: 'right',
    digits: ['D4', 'D5'],
    zone: 'paume',
    anaesthesia: 'regional',
    minutes: 60,
  },
  {
    procedure: 'Suture du fléchisseur profond',
    side: 'right',
    digits: ['D2'],
    zone: 'IPD',
    anaesthesia: 'regional',
    minutes: 75,
  },
  { procedure: 'Trapézectomie', side: 'left', digits: ['D1'], zone: 'TM', anaesthesia: 'general', minutes: 50 },
  {
    procedure: 'Ostéosynthèse de P1 par broches',
    side: 'right',
    digits: ['D5'],
    zone: 'IPP',
    anaesthesia: 'walant',
    minutes: 40,
  },
];

/** This week's theatre lists (issue 13): two rooms a day, three cases each, from the demo patients. */
export function seedDemoTheatre(
  services: { theatre: TheatreService; patients: PatientsService; practice: PracticeService },
  actor: Actor,
): number {
  const surgeons = services.practice.listPractitioners().filter((practitioner) => practitioner.kind === 'surgeon');
  const patients = services.patients.search('a', 60);
  // This week's Monday in Paris (weekdayOf: 1 = Monday … 7 = Sunday).
  const today = parisToday();
  const monday = shiftDay(today, 1 - weekdayOf(today));
  let added = 0;
  for (let day = 0; day < 5; day += 1) {
    const date = shiftDay(monday, day);
    for (let room = 1; room <= 2; room += 1) {
      const { id: sessionId } = services.theatre.createSession(
        {
          date,
          room: String(room),
          surgeonId: surgeons[(day + room) % surgeons.length]?.id ?? null,
          anaesthetist: room === 1 ? 'Dr Sophie Garnier' : 'Dr Karim Benali',
          scrubNurse: 'Julien Morel',
          circulatingNurse: 'Inès Fabre',
        },
        actor,
      );
      for (let slot = 0; slot < 3; slot += 1) {
        const template = CASES[(day * 6 + room * 3 + slot) % CASES.length];
        const patient = patients[(day * 6 + room * 3 + slot) % Math.max(1, patients.length)];
        if (!template || !patient) continue;
        services.theatre.addCase(
          {
            sessionId,
            patientId: patient.id,
            procedure: template.procedure,
            side: template.side,
            digits: template.digits,
            zone: template.zone,
            plannedAnaesthesia: template.anaesthesia,
            estimatedMinutes: template.minutes,
            turnoverMinutes: 15,
            notes: '',
          },
          actor,
        );
        added += 1;
      }
    }
  }
  return added;
}
