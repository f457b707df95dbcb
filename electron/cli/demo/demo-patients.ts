import { parisToday, shiftDay } from '../../api/common/paris-day.js';
import type { DemoServices } from './demo-services.js';
import type { Actor } from '../../services/audit/service.js';
import { DIAGNOSES, fakePatient, pick, seededRandom } from './french-people.js';

const GPS = [
  { title: 'Dr', firstName: 'Hélène', lastName: 'Marchais', specialty: 'Médecine générale', city: 'Guéret' },
  { title: 'Dr', firstName: 'Olivier', lastName: 'Péronnet', specialty: 'Médecine générale', city: 'Aubusson' },
  { title: 'Dr', firstName: 'Samia', lastName: 'Benkirane', specialty: 'Médecine générale', city: 'La Souterraine' },
  { title: 'Dr', firstName: 'Luc', lastName: 'Desroches', specialty: 'Médecine d’urgence', city: 'Limoges' },
] as const;

const MUSIC = [
  { style: 'Jazz manouche', artist: 'Django Reinhardt' },
  { style: 'Chanson française', artist: 'Barbara' },
  { style: 'Classique', artist: 'Erik Satie' },
  { style: 'Rock', artist: 'Téléphone' },
  { style: 'Accordéon', artist: 'Yvette Horner' },
] as const;
const TALKING_POINTS = [
  'Ses trois petits-enfants, dont Lucie qui entre en 6e',
  'Son potager et ses tomates anciennes',
  'La pêche à la truite sur la Creuse',
  'Son club de rugby à Guéret',
  'Il restaure une 2CV',
  'Chorale le jeudi soir',
] as const;

/** A few hundred fictitious patients with visits, alerts and preferences, for the demo. */
export function seedDemoPatients(services: DemoServices, actor: Actor, count = 300): number {
  const random = seededRandom(20261124);
  const today = parisToday();
  const gps = GPS.map((gp) => services.doctors.create({ ...gp, phone: '05 55 00 00 00', email: '' }));
  const surgeons = services.practice.listPractitioners().filter((practitioner) => practitioner.kind === 'surgeon');
  const usedNirs = new Set<string>();
  let created = 0;
  for (let index = 0; index < count; index += 1) {
    const fields = fakePatient(random, today);
    if (fields.nir && usedNirs.has(fields.nir.slice(0, 13))) fields.nir = '';
    usedNirs.add(fields.nir.slice(0, 13));
    fields.gpId = pick(random, gps).id;
    if (random() < 0.15)
      Object.assign(fields, {
        workAccident: true,
        workAccidentDate: today,
        employer: 'Scierie du Thaurion',
        workAccidentEmployer: 'Scierie du Thaurion',
        workAccidentInsurer: 'CPAM de la Creuse',
      });
    const id = services.patients.create(fields, true, actor);
    created += 1;
    const visits = 1 + Math.floor(random() * 4);
    for (let visit = 0; visit < visits; visit += 1) {
      const daysAgo = Math.floor(random() * 900);
      services.visits.create(
        id,
        {
          date: shiftDay(today, -daysAgo),
          practitionerId: surgeons.length ? pick(random, surgeons).id : null,
          kind: visit === 0 ? 'emergency' : pick(random, ['postop', 'dressing', 'scheduled'] as const),
          notes: '',
          diagnosis: pick(random, DIAGNOSES),
          side: pick(random, ['left', 'right'] as const),
          digits: [pick(random, ['D1', 'D2', 'D3', 'D4', 'D5'] as const)],
        },
        actor,
      );
    }
    if (random() < 0.25)
      services.alerts.add(
        id,
        pick(random, ['allergy', 'anticoagulant', 'antiplatelet', 'diabetes', 'smoking'] as const),
        random() < 0.5 ? 'pénicilline' : '',
        actor,
      );
    if (random() < 0.5) {
      const music = pick(random, MUSIC);
      services.preferences.set(
        id,
        { item: 'music', choice: 'music', style: music.style, artist: music.artist, playlist: '' },
        0,
        actor,
      );
      services.preferences.set(
        id,
        {
          item: 'anaesthesia',
          choice: pick(random, ['walant', 'regional', 'general'] as const),
          regionalBlock: '',
          discussedOn: today,
        },
        0,
        actor,
      );
      services.preferences.set(id, { item: 'talkingPoints', text: pick(random, TALKING_POINTS) }, 0, actor);
    }
  }
  return created;
}
