import { join } from 'node:path';
import type { Db } from '../../db/connection.js';
import { createAlertsService } from '../services/alerts/service.js';
import { createAlertsStore } from '../services/alerts/store.js';
import type { AuditService } from '../services/audit/service.js';
import { createDocumentsService } from '../services/documents/service.js';
import { createDocumentsStore } from '../services/documents/store.js';
import { createDoctorsService } from '../services/doctors/service.js';
import { createDoctorsStore } from '../services/doctors/store.js';
import { createPatientFileService } from '../services/patients/file-service.js';
import { createPatientsService } from '../services/patients/service.js';
import { createPatientsStore } from '../services/patients/store.js';
import { createPreferencesService } from '../services/preferences/service.js';
import { createPreferencesStore } from '../services/preferences/store.js';
import { createVisitsService } from '../services/visits/service.js';
import { createVisitsStore } from '../services/visits/store.js';
import type { Clock } from './events.js';
import type { PatientServices } from './patient-handlers.js';

/** Wires the patient-file services (issue 3); documents and exports live beside the database. */
export function createPatientServices(deps: { db: Db; clock: Clock; audit: AuditService; dataDir: string; practitionerExists: (id: number) => boolean }): PatientServices {
  const { db, clock, audit } = deps;
  const doctors = createDoctorsService({ store: createDoctorsStore(db), clock });
  const patients = createPatientsService({ store: createPatientsStore(db), doctors, audit, clock });
  const requirePatient = (id: number, field?: string) => patients.require(id, field);
  const visitsStore = createVisitsStore(db);
  const visits = createVisitsService({ store: visitsStore, audit, clock, requirePatient, practitionerExists: deps.practitionerExists });
  const alerts = createAlertsService({ store: createAlertsStore(db), audit, clock, requirePatient });
  const preferences = createPreferencesService({ store: createPreferencesStore(db), audit, clock, requirePatient });
  const documents = createDocumentsService({
    store: createDocumentsStore(db),
    audit,
    clock,
    documentsDir: join(deps.dataDir, 'documents'),
    requirePatient,
    visitBelongsTo: (visitId, patientId) => visitsStore.get(visitId)?.patientId === patientId,
  });
  const patientFiles = createPatientFileService({ patients, doctors, alerts, preferences, visits, documents, audit, clock, exportsDir: join(deps.dataDir, 'exports') });
  return { patients, patientFiles, doctors, alerts, preferences, visits, documents, audit };
}
