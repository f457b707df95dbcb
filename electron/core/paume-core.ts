import { dirname } from 'node:path';
import type { Db } from '../../db/connection.js';
import type { MigrationReport } from '../../db/migrate.js';
import { openMigratedDatabase } from '../../db/open-migrated.js';
import { createDispatcher, type Dispatch, type DispatcherLogger } from '../api/dispatcher.js';
import { createAuditService } from '../services/audit/service.js';
import { createAuditStore } from '../services/audit/store.js';
import { createLoginThrottle } from '../services/auth/login-throttle.js';
import { createAuthService } from '../services/auth/service.js';
import { createSessionStore } from '../services/auth/store.js';
import { createPracticeService } from '../services/practice/service.js';
import { createPracticeStore } from '../services/practice/store.js';
import { createSetupService } from '../services/setup/service.js';
import { createUsersService } from '../services/users/service.js';
import { createUsersStore } from '../services/users/store.js';
import { createLetterServices } from './letter-services.js';
import { createPatientServices } from './patient-services.js';
import { createEventBus, systemClock, type Clock, type EventBus } from './events.js';
import { createHandlers, type Services } from './handlers.js';

export interface PaumeCore {
  readonly db: Db;
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  readonly services: Services;
  readonly migration: MigrationReport;
  close(): void;
}

const DEFAULT_LOCK_MINUTES = 10;

/**
 * Everything Paume is, minus its windows: the migrated database, the services, the dispatcher.
 * The Electron shell and `paume serve` both start exactly this.
 */
export async function openPaumeCore(options: { databaseFile: string; clock?: Clock; logger: DispatcherLogger }): Promise<PaumeCore> {
  const clock = options.clock ?? systemClock;
  const { db, report } = await openMigratedDatabase(options.databaseFile);
  const events = createEventBus();

  const practice = createPracticeService({ store: createPracticeStore(db), events, clock });
  const audit = createAuditService({ store: createAuditStore(db), clock });
  const users = createUsersService({
    store: createUsersStore(db),
    events,
    clock,
    practitionerExists: (id) => practice.findPractitioner(id) !== null,
  });
  const auth = createAuthService({
    sessions: createSessionStore(db),
    users,
    audit,
    throttle: createLoginThrottle(clock),
    clock,
    lockAfterMinutes: () => practice.findPractice()?.lockAfterMinutes ?? DEFAULT_LOCK_MINUTES,
    practiceName: () => practice.findPractice()?.name ?? '',
  });
  auth.purgeExpired();
  const patientServices = createPatientServices({ db, clock, audit, dataDir: dirname(options.databaseFile), practitionerExists: (id) => practice.findPractitioner(id) !== null });
  const letterServices = createLetterServices({
    db,
    clock,
    events,
    dataDir: dirname(options.databaseFile),
    patientServices,
    practice: () => practice.getPractice(),
    practitioner: (id) => practice.findPractitioner(id),
    practitionerOfUser: (userId) => users.find(userId)?.practitionerId ?? null,
  });
  const services: Services = { setup: createSetupService({ practice, users, clock }), auth, practice, users, ...patientServices, ...letterServices };
  const dispatch = createDispatcher({ handlers: createHandlers(services), sessions: auth, audit, logger: options.logger });

  return {
    db,
    dispatch,
    events,
    services,
    migration: report,
    close: () => {
      void letterServices.dictation.close();
      db.close();
    },
  };
}
