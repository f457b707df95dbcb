import { parisToday } from '../../api/common/paris-day.js';
import { luhnValid, type Role } from '../../api/common/schemas/common.js';
import type { PractitionerInput } from '../../api/common/schemas/practice.js';
import type { DemoServices } from './demo-services.js';
import { seedDemoPatients } from './demo-patients.js';
import { seedDemoTheatre } from './demo-theatre.js';
import { seedDemoInbox } from './demo-inbox.js';
import { seedDemoAgenda } from './demo-agenda.js';

/** Known on purpose, printed once by the CLI: the demo is fictitious and shown to newcomers. */
export const DEMO_PASSWORD = 'demo-paume';

/** Appends the Luhn key to a 10-digit stem, giving a well-formed (fictitious) RPPS number. */
export function withLuhnKey(stem: string): string {
  for (let key = 0; key <= 9; key += 1) if (luhnValid(`${stem}${key}`)) return `${stem}${key}`;
  throw new Error('unreachable: one Luhn key always fits');
}

const PRACTITIONERS: readonly (Omit<PractitionerInput, 'rpps'> & {
  rppsStem: string;
  login?: string;
  roles?: Role[];
})[] = [
  {
    kind: 'surgeon',
    title: 'Dr',
    firstName: 'Claire',
    lastName: 'Fontaine',
    rppsStem: '1000234567',
    specialty: 'Chirurgie de la main et du membre supérieur',
    signature: 'Dr Claire Fontaine — Chirurgienne de la main, ancienne cheffe de clinique',
  },
  {
    kind: 'surgeon',
    title: 'Dr',
    firstName: 'Mathieu',
    lastName: 'Lefèvre',
    rppsStem: '1000345678',
    specialty: 'Chirurgie orthopédique, main',
    signature: 'Dr Mathieu Lefèvre — Chirurgien orthopédiste, SOS Main',
    login: 'mathieu.lefevre',
    roles: ['surgeon'],
  },
  {
    kind: 'anaesthetist',
    title: 'Dr',
    firstName: 'Sophie',
    lastName: 'Garnier',
    rppsStem: '1000456789',
    specialty: 'Anesthésie-réanimation',
    signature: 'Dr Sophie Garnier — Anesthésiste-réanimatrice',
  },
  {
    kind: 'anaesthetist',
    title: 'Dr',
    firstName: 'Karim',
    lastName: 'Benali',
    rppsStem: '1000567891',
    specialty: 'Anesthésie loco-régionale',
    signature: 'Dr Karim Benali — Anesthésiste',
  },
];

const STAFF: readonly { login: string; displayName: string; roles: Role[] }[] = [
  { login: 'accueil', displayName: 'Nathalie Roux (secrétariat)', roles: ['secretary'] },
  { login: 'bloc', displayName: 'Julien Morel (IBODE)', roles: ['theatre'] },
];

export interface DemoAccount {
  readonly login: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
}

/**
 * Fills an empty database with a fictitious but realistic practice. Refuses a database that
 * already has accounts: demo data must never mix with a real patient file.
 */
export async function seedDemo(services: DemoServices): Promise<DemoAccount[]> {
  if (!services.setup.status().needsSetup) {
    throw new Error(
      'Cette base contient déjà des comptes : les données de démonstration ne s’ajoutent qu’à une base vide.',
    );
  }
  const adminId = await services.setup.initialize({
    practiceName: 'SOS Main Creuse-Limousin',
    login: 'claire.fontaine',
    displayName: 'Dr Claire Fontaine',
    password: DEMO_PASSWORD,
    alsoSurgeon: true,
  });
  services.practice.updatePractice(
    {
      name: 'SOS Main Creuse-Limousin',
      addressLine: 'Centre hospitalier, 39 avenue de la Sénatorerie',
      postalCode: '23000',
      city: 'Guéret',
      phone: '05 55 51 00 00',
      email: 'secretariat@sosmain-demo.fr',
      finess: '230000000',
      holidayRegion: 'metropole',
      agendaGridMinutes: 5,
      lockAfterMinutes: 10,
    },
    services.practice.getPractice().version,
    adminId,
  );

  const accounts: DemoAccount[] = [
    { login: 'claire.fontaine', displayName: 'Dr Claire Fontaine', roles: ['admin', 'surgeon'] },
  ];
  for (const { rppsStem, login, roles, ...fields } of PRACTITIONERS) {
    const practitioner = services.practice.createPractitioner({ ...fields, rpps: withLuhnKey(rppsStem) });
    if (fields.lastName === 'Fontaine') {
      services.users.update(
        {
          id: adminId,
          displayName: 'Dr Claire Fontaine',
          roles: ['admin', 'surgeon'],
          practitionerId: practitioner.id,
          active: true,
          version: services.users.get(adminId).version,
        },
        adminId,
      );
    }
    if (login && roles) {
      const displayName = `${fields.title} ${fields.firstName} ${fields.lastName}`;
      await services.users.create({
        login,
        displayName,
        password: DEMO_PASSWORD,
        roles,
        practitionerId: practitioner.id,
      });
      accounts.push({ login, displayName, roles });
    }
  }
  for (const member of STAFF) {
    await services.users.create({ ...member, password: DEMO_PASSWORD, practitionerId: null });
    accounts.push(member);
  }
  const actor = { userId: adminId, seat: 'données de démonstration' };
  seedDemoPatients(services, actor);
  seedDemoTheatre(services, actor);
  await seedDemoInbox(services.inbox);
  // Today on the practice's calendar (the UTC day is yesterday's between midnight and 2 a.m.).
  seedDemoAgenda(services, actor, parisToday());
  return accounts;
}
