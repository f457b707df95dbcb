import type { PatientFields } from '../../api/common/schemas/patients.js';

/** Mulberry32: a tiny seeded generator, so the demo and the benchmark data are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

// Frequent French surnames, with the accents, hyphens and particles real files carry.
const SURNAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clément',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Fontaine',
  'Chevalier',
  'Robin',
  'Masson',
  'Sanchez',
  'Gérard',
  'Nguyen',
  'Boyer',
  'Denis',
  'Lemaire',
  'Duval',
  'Joly',
  'Gautier',
  'Roger',
  'Roche',
  'Roy',
  'Noël',
  'Meyer',
  'Lucas',
  'Meunier',
  'Jean',
  'Pérez',
  'Marchand',
  'Dufour',
  'Blanchard',
  'Saint-Martin',
  'Le Gall',
  'Le Goff',
  "D'Almeida",
  'De La Fontaine',
  'Lévêque',
  'Besançon',
  'Crépin',
  'Héraud',
  'Bézier',
  'Pénicaud',
  'Aubrée',
  'Chassagne',
  'Desbordes',
  'Lagarde',
  'Peyrot',
  'Mazeaud',
  'Bourdarias',
  'Vergnaud',
  'Lavergne',
  'Saint-Léger',
  'Du Mesnil',
  'Benoît-Guyod',
  'Couturier',
  'Mallet',
  'Tessier',
  'Barbier',
  'Brun',
  'Rey',
  'Caron',
  'Giraud',
] as const;
const FEMALE = [
  'Marie',
  'Jeanne',
  'Françoise',
  'Monique',
  'Catherine',
  'Nathalie',
  'Isabelle',
  'Sylvie',
  'Chloé',
  'Léa',
  'Manon',
  'Émilie',
  'Hélène',
  'Céline',
  'Zoé',
  'Anaïs',
  'Maëlle',
  'Inès',
  'Agnès',
  'Bérénice',
] as const;
const MALE = [
  'Jean',
  'Pierre',
  'Michel',
  'André',
  'Philippe',
  'Alain',
  'Bernard',
  'Jacques',
  'Lucas',
  'Hugo',
  'Théo',
  'Mathéo',
  'Noé',
  'Raphaël',
  'Jérôme',
  'Stéphane',
  'François',
  'Benoît',
  'Gaël',
  'Loïc',
] as const;
const CITIES = [
  { city: 'Guéret', postalCode: '23000', insee: '23096' },
  { city: 'Aubusson', postalCode: '23200', insee: '23008' },
  { city: 'La Souterraine', postalCode: '23300', insee: '23176' },
  { city: 'Bourganeuf', postalCode: '23400', insee: '23030' },
  { city: 'Limoges', postalCode: '87000', insee: '87085' },
  { city: 'Montluçon', postalCode: '03100', insee: '03185' },
  { city: 'Châteauroux', postalCode: '36000', insee: '36044' },
  { city: 'Évaux-les-Bains', postalCode: '23110', insee: '23076' },
  { city: 'Saint-Vaury', postalCode: '23320', insee: '23247' },
  { city: 'Ajaccio', postalCode: '20000', insee: '2A004' },
] as const;
const OCCUPATIONS = [
  'Menuisier',
  'Agricultrice',
  'Éleveur',
  'Boulangère',
  'Retraité',
  'Infirmière',
  'Maçon',
  'Mécanicien',
  'Couturière',
  'Bûcheron',
  'Étudiante',
  'Enseignant',
  'Cuisinier',
  'Électricien',
] as const;
const STREETS = [
  'rue de la Paix',
  'avenue de la Sénatorerie',
  'rue des Tisserands',
  'place Bonnyaud',
  'chemin des Prés',
  'route de Limoges',
  'impasse du Moulin',
] as const;

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** A NIR consistent with the person (sex, year and month of birth, birthplace), key included. */
function nirFor(sex: 'F' | 'M', birthDate: string, insee: string, random: () => number): string {
  const body = `${sex === 'M' ? 1 : 2}${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${insee}${pad(Math.floor(random() * 999) + 1, 3)}`;
  const numeric = body.replace('2A', '19').replace('2B', '18');
  return `${body}${pad(97 - Number(BigInt(numeric) % 97n), 2)}`;
}

/** A fictitious but plausible patient; `today` bounds the birth dates. */
export function fakePatient(random: () => number, today: string): PatientFields {
  const sex = random() < 0.5 ? 'F' : 'M';
  const place = pick(random, CITIES);
  const year = 1930 + Math.floor(random() * (Number(today.slice(0, 4)) - 1931));
  const birthDate = `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`;
  const birthName = pick(random, SURNAMES);
  const married = sex === 'F' && random() < 0.3;
  const first = pick(random, sex === 'F' ? FEMALE : MALE);
  const second = random() < 0.4 ? ` ${pick(random, sex === 'F' ? FEMALE : MALE)}` : '';
  const mobile = `0${6 + Math.floor(random() * 2)} ${pad(Math.floor(random() * 100), 2)} ${pad(Math.floor(random() * 100), 2)} ${pad(Math.floor(random() * 100), 2)} ${pad(Math.floor(random() * 100), 2)}`;
  return {
    birthName,
    firstNames: `${first}${second}`,
    birthDate,
    sex,
    birthplaceInsee: place.insee,
    usedName: married ? pick(random, SURNAMES) : '',
    usedFirstName: '',
    nir: random() < 0.7 ? nirFor(sex, birthDate, place.insee, random) : '',
    phoneMobile: mobile,
    phoneOther: '',
    email: '',
    addressLine: `${1 + Math.floor(random() * 80)} ${pick(random, STREETS)}`,
    postalCode: place.postalCode,
    city: place.city,
    preferredChannel: pick(random, ['phone', 'sms', 'sms', 'email'] as const),
    gpId: null,
    referrerId: null,
    occupation: pick(random, OCCUPATIONS),
    employer: '',
    dominantHand: pick(random, ['right', 'right', 'right', 'left', 'both'] as const),
    workAccident: false,
    workAccidentDate: null,
    workAccidentEmployer: '',
    workAccidentInsurer: '',
    deceasedOn: null,
  };
}

export const DIAGNOSES = [
  'Plaie de la pulpe',
  'Section du fléchisseur profond',
  'Fracture du 5e métacarpien',
  'Canal carpien',
  'Doigt à ressaut',
  'Ténosynovite de De Quervain',
  'Maladie de Dupuytren',
  'Rhizarthrose',
  'Fracture du scaphoïde',
  'Panaris',
  'Entorse MCP du pouce',
  'Plaie de l’extenseur',
  'Amputation distale',
  'Kyste synovial',
] as const;
