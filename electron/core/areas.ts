import type { Handlers } from '../api/node/dispatcher.js';
import { contract, isMethodName } from '../api/common/contract.js';
import type { Area, AreaContext } from '../services/area.js';
import { agendaArea } from '../services/agenda/area.js';
import { alertsArea } from '../services/alerts/area.js';
import { draftsArea } from '../services/drafts/area.js';
import { auditArea } from '../services/audit/area.js';
import { backupsArea } from '../services/backups/area.js';
import { callsArea } from '../services/calls/area.js';
import { dayAfterCallsArea } from '../services/day-after-calls/area.js';
import { dayBeforeCallsArea } from '../services/day-before-calls/area.js';
import { authArea } from '../services/auth/area.js';
import { dictationArea } from '../services/dictation/area.js';
import { doctorsArea } from '../services/doctors/area.js';
import { documentsArea } from '../services/documents/area.js';
import { inboxArea } from '../services/inbox/area.js';
import { keysArea } from '../services/keys/area.js';
import { seatsArea } from '../services/seats/area.js';
import { lettersArea } from '../services/letters/area.js';
import { liaisonArea } from '../services/liaison/area.js';
import { patientFileArea } from '../services/patient-file/area.js';
import { patientsArea } from '../services/patients/area.js';
import { practiceArea } from '../services/practice/area.js';
import { preferencesArea } from '../services/preferences/area.js';
import { setupArea } from '../services/setup/area.js';
import { theatreArea } from '../services/theatre/area.js';
import { usersArea } from '../services/users/area.js';
import { visitsArea } from '../services/visits/area.js';

/**
 * Every area of Paume, one line each, in the order they need each other (the compiler checks
 * that an area is built before another one uses it). A new area is one folder in services/ and
 * one line here.
 */
function openAreas(context: AreaContext) {
  const audit = auditArea(context);
  const practice = practiceArea(context);
  const users = usersArea(context, { practice: practice.service });
  const auth = authArea(context, { users: users.service, audit: audit.service, practice: practice.service });
  const setup = setupArea(context, { practice: practice.service, users: users.service, auth: auth.service });
  const doctors = doctorsArea(context);
  const patients = patientsArea(context, { doctors: doctors.service, audit: audit.service });
  const patientNeeds = { patients: patients.service, audit: audit.service };
  const visits = visitsArea(context, { ...patientNeeds, practice: practice.service });
  const alerts = alertsArea(context, patientNeeds);
  const preferences = preferencesArea(context, patientNeeds);
  const documents = documentsArea(context, { ...patientNeeds, visits: visits.service });
  const patientFiles = patientFileArea(context, {
    ...patientNeeds,
    doctors: doctors.service,
    alerts: alerts.service,
    preferences: preferences.service,
    visits: visits.service,
    documents: documents.service,
  });
  const letters = lettersArea(context, {
    ...patientNeeds,
    doctors: doctors.service,
    visits: visits.service,
    practice: practice.service,
    users: users.service,
  });
  const dictation = dictationArea(context, { visits: visits.service, documents: documents.service });
  const theatre = theatreArea(context, {
    ...patientNeeds,
    alerts: alerts.service,
    preferences: preferences.service,
    practice: practice.service,
    visits: visits.service,
    letters: letters.service,
    documents: documents.service,
  });
  const inbox = inboxArea(context, {
    ...patientNeeds,
    documents: documents.service,
    users: users.service,
    practice: practice.service,
    doctors: doctors.service,
    theatre: theatre.service,
  });
  const agenda = agendaArea(context, {
    ...patientNeeds,
    practice: practice.service,
    inbox: inbox.service,
    letters: letters.service,
  });
  const seats = seatsArea(context);
  const calls = callsArea(context, {
    ...patientNeeds,
    inbox: inbox.service,
    users: users.service,
    seats: seats.service,
  });
  const dayBeforeCalls = dayBeforeCallsArea(context, {
    ...patientNeeds,
    theatre: theatre.service,
    preferences: preferences.service,
    practice: practice.service,
  });
  const dayAfterCalls = dayAfterCallsArea(context, {
    ...patientNeeds,
    theatre: theatre.service,
    inbox: inbox.service,
    users: users.service,
  });
  const liaison = liaisonArea(context, {
    theatre: theatre.service,
    letters: letters.service,
    agenda: agenda.service,
    patients: patients.service,
  });
  const backups = backupsArea(context, { audit: audit.service });
  const keys = keysArea(context);
  const drafts = draftsArea(context);
  return {
    seats,
    drafts,
    audit,
    backups,
    keys,
    practice,
    users,
    auth,
    setup,
    doctors,
    patients,
    visits,
    alerts,
    preferences,
    documents,
    patientFiles,
    letters,
    dictation,
    theatre,
    inbox,
    agenda,
    calls,
    dayBeforeCalls,
    dayAfterCalls,
    liaison,
  };
}

type OpenedAreas = ReturnType<typeof openAreas>;
/** Each area's service by its name: what the CLI, the transports and the tests call directly. */
export type Services = {
  readonly [Name in keyof OpenedAreas]: OpenedAreas[Name] extends Area<infer Service> ? Service : never;
};

/**
 * Joins the areas' handlers into the dispatcher's table, refusing to start when a contract
 * method has no handler, or two areas answer the same one: a mistake found at the first test run.
 */
export function joinHandlers(areas: readonly Area<unknown>[]): Handlers {
  const joined: Record<string, unknown> = {};
  for (const area of areas) {
    for (const [method, handler] of Object.entries(area.handlers)) {
      if (!isMethodName(method)) throw new Error(`handler for unknown method ${method}`);
      if (method in joined) throw new Error(`two areas answer ${method}`);
      joined[method] = handler;
    }
  }
  const missing = Object.keys(contract).filter((method) => !(method in joined));
  if (missing.length > 0) throw new Error(`methods without a handler: ${missing.join(', ')}`);
  return joined as Handlers;
}

export function createAreas(context: AreaContext): {
  services: Services;
  handlers: Handlers;
  close: () => Promise<void>;
} {
  const areas = openAreas(context);
  const list: Area<unknown>[] = Object.values(areas);
  const services = Object.fromEntries(Object.entries(areas).map(([name, area]) => [name, area.service])) as Services;
  return {
    services,
    handlers: joinHandlers(list),
    close: async () => {
      await Promise.all(list.flatMap((area) => (area.close ? [area.close()] : [])));
    },
  };
}
