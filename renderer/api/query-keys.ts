import type { InputOf, MethodName } from '../../electron/api/common/contract';

/**
 * Query keys, one shape for every read (issue 21): `[area, method, input]`. The area comes first
 * so that invalidating `['inbox']` refreshes every inbox query, and a key with part of an input
 * (`{ date }`) refreshes every query of that method whose input has those values (TanStack Query
 * matches keys by prefix and objects partially).
 */
export type ApiQueryKey = readonly [area: Area, method?: MethodName, input?: object];

/** The first word of a method name (`patientFile` in `patientFile.open`). */
type Prefix = MethodName extends `${infer P}.${string}` ? P : never;

/**
 * Which renderer area each method's reads belong to. The patient file is read in pieces by
 * several contract areas (its alerts, visits, documents...): they are one area here, the file.
 * Typed by the contract, so a new method prefix cannot be forgotten.
 */
const AREA_OF = {
  patients: 'patients',
  patientFile: 'patients',
  alerts: 'patients',
  visits: 'patients',
  documents: 'patients',
  preferences: 'patients',
  doctors: 'doctors',
  inbox: 'inbox',
  // A call is a request of the secretariat's queue (issue 26): the cahier is read again with the mail.
  calls: 'inbox',
  agenda: 'agenda',
  theatre: 'theatre',
  // The J-1 list is read from the theatre list: refreshed with it.
  dayBeforeCalls: 'theatre',
  // The J+1 list follows the cases that left: refreshed with the theatre list.
  dayAfterCalls: 'theatre',
  letters: 'letters',
  // Read on the theatre list: refreshed with it.
  liaison: 'theatre',
  dictation: 'dictation',
  practice: 'practice',
  users: 'users',
  seats: 'seats',
  backups: 'backups',
  audit: 'audit',
  auth: 'auth',
  keys: 'keys',
  setup: 'setup',
  drafts: 'drafts',
} as const satisfies Record<Prefix, string>;
export type Area = (typeof AREA_OF)[Prefix];

export function areaOf(method: MethodName): Area {
  return AREA_OF[method.slice(0, method.indexOf('.')) as Prefix];
}

/** The key of one method's reads; with part of an input, only the reads with those values. */
export function methodKey<M extends MethodName>(method: M, input?: Partial<InputOf<M>>): ApiQueryKey {
  return input === undefined ? [areaOf(method), method] : [areaOf(method), method, input];
}

/** What `useApiQuery` stores a read under: always the full input, so the factories below match it. */
export function queryKeyOf<M extends MethodName>(method: M, input: InputOf<M>): ApiQueryKey {
  return [areaOf(method), method, input];
}

/** Every read of one area. */
export const areaKey = (area: Area): ApiQueryKey => [area];

export const patientKeys = {
  all: areaKey('patients'),
  searches: () => methodKey('patients.search'),
  /** One file, or every file open on this seat when no id is given. */
  file: (id?: number) => methodKey('patientFile.open', id === undefined ? undefined : { id }),
  accessLog: () => methodKey('patientFile.accessLog'),
};

export const doctorKeys = { all: areaKey('doctors') };

export const inboxKeys = {
  all: areaKey('inbox'),
  queue: () => methodKey('inbox.queue'),
  message: (id?: number) => methodKey('inbox.open', id === undefined ? undefined : { id }),
  /** The « Messages » list of patient files (one patient, or all of them). */
  ofPatient: (patientId?: number) => methodKey('inbox.forPatient', patientId === undefined ? undefined : { patientId }),
  accounts: () => methodKey('inbox.accounts'),
  people: () => methodKey('inbox.people'),
  protocol: () => methodKey('inbox.protocol'),
  /** Le cahier d'appels of a day (issue 26): its calls' states are the queue's. */
  callsDay: () => methodKey('calls.day'),
  firstAid: () => methodKey('calls.firstAid'),
};

export const agendaKeys = {
  all: areaKey('agenda'),
  /** Every practitioner's list of that day (all days when no date is given). */
  day: (date?: string) => methodKey('agenda.day', date === undefined ? undefined : { date }),
  waitingRoom: (date?: string) => methodKey('agenda.waitingRoom', date === undefined ? undefined : { date }),
  weeks: () => methodKey('agenda.week'),
  roomWeeks: () => methodKey('agenda.roomWeek'),
  ofPatient: () => methodKey('agenda.ofPatient'),
  slots: () => methodKey('agenda.findSlots'),
  slotAdvice: () => methodKey('agenda.slotAdvice'),
  waitlist: () => methodKey('agenda.waitlist'),
  motifs: () => methodKey('agenda.motifs'),
  rooms: () => methodKey('agenda.rooms'),
  periods: () => methodKey('agenda.periods'),
  exceptions: () => methodKey('agenda.exceptions'),
  covered: () => methodKey('agenda.covered'),
  series: () => methodKey('agenda.series'),
};

export const dayAfterKeys = {
  list: () => methodKey('dayAfterCalls.list'),
  thresholds: () => methodKey('dayAfterCalls.thresholds'),
  ofPatient: (patientId?: number) =>
    methodKey('dayAfterCalls.forPatient', patientId === undefined ? undefined : { patientId }),
};

export const dayBeforeKeys = {
  list: () => methodKey('dayBeforeCalls.list'),
  ofPatient: (patientId?: number) =>
    methodKey('dayBeforeCalls.forPatient', patientId === undefined ? undefined : { patientId }),
};

/** Who left without a signed lettre de liaison: read again when a case moves or a letter is made. */
export const liaisonKeys = {
  missing: () => methodKey('liaison.missing'),
};

export const theatreKeys = {
  all: areaKey('theatre'),
  day: (date?: string) => methodKey('theatre.day', date === undefined ? undefined : { date }),
  checklists: () => methodKey('theatre.checklist'),
};

export const letterKeys = {
  all: areaKey('letters'),
  list: () => methodKey('letters.list'),
  drafts: () => methodKey('letters.drafts'),
  templates: () => methodKey('letters.templates'),
};

export const dictationKeys = {
  status: () => methodKey('dictation.status'),
  vocabulary: () => methodKey('dictation.vocabulary'),
};

export const practiceKeys = {
  practice: () => methodKey('practice.get'),
  practitioners: () => methodKey('practice.listPractitioners'),
};

export const cabinetKeys = {
  users: () => methodKey('users.list'),
  seats: () => methodKey('seats.list'),
  backupSettings: () => methodKey('backups.settings'),
  backupStatus: () => methodKey('backups.status'),
};
