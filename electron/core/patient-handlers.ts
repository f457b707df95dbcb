import type { Handlers } from '../api/dispatcher.js';
import { actorOf } from './call-context.js';
import type { AlertsService } from '../services/alerts/service.js';
import type { AuditService } from '../services/audit/service.js';
import type { DocumentsService } from '../services/documents/service.js';
import type { DoctorsService } from '../services/doctors/service.js';
import type { PatientFileService } from '../services/patients/file-service.js';
import type { PatientsService } from '../services/patients/service.js';
import type { PreferencesService } from '../services/preferences/service.js';
import type { VisitsService } from '../services/visits/service.js';

export interface PatientServices {
  readonly patients: PatientsService;
  readonly patientFiles: PatientFileService;
  readonly doctors: DoctorsService;
  readonly alerts: AlertsService;
  readonly preferences: PreferencesService;
  readonly visits: VisitsService;
  readonly documents: DocumentsService;
  readonly audit: AuditService;
}


type PatientMethod = Extract<keyof Handlers, `patients.${string}` | `alerts.${string}` | `preferences.${string}` | `visits.${string}` | `documents.${string}` | `doctors.${string}`>;

export function createPatientHandlers(services: PatientServices): Pick<Handlers, PatientMethod> {
  const { patients, patientFiles, doctors, alerts, preferences, visits, documents, audit } = services;
  return {
    'patients.search': (input) => patients.search(input.query, input.limit),
    'patients.findDuplicates': (input) => patients.findDuplicates(input),
    'patients.get': (input, context) => patientFiles.open(input.id, actorOf(context)),
    'patients.create': ({ confirmNotDuplicate, ...fields }, context) => ({ id: patients.create(fields, confirmNotDuplicate, actorOf(context)) }),
    'patients.update': ({ id, ...fields }, context) => {
      patients.update(id, fields, actorOf(context));
      return { done: true };
    },
    'patients.changeIdentityStatus': (input, context) => {
      patients.changeIdentityStatus(input.id, input.status, input.reason, actorOf(context));
      return { done: true };
    },
    'patients.merge': (input, context) => {
      patients.merge(input.keepId, input.mergeId, input.reason, actorOf(context));
      return { done: true };
    },
    'patients.export': (input, context) => patientFiles.exportFolder(input.id, actorOf(context)),
    'patients.accessLog': (input) => audit.access(input),

    'alerts.add': (input, context) => alerts.add(input.patientId, input.kind, input.detail, actorOf(context)),
    'alerts.deactivate': (input, context) => alerts.deactivate(input.id, actorOf(context)),
    'preferences.set': (input, context) => preferences.set(input.patientId, input.value, actorOf(context)),
    'visits.create': ({ patientId, ...fields }, context) => visits.create(patientId, fields, actorOf(context)),
    'visits.update': ({ id, ...fields }, context) => visits.update(id, fields, actorOf(context)),
    'documents.add': (input, context) => documents.add(input, actorOf(context)),
    'documents.content': (input, context) => documents.content(input.id, actorOf(context)),
    'doctors.search': (input) => doctors.search(input.query, 20),
    'doctors.create': (input) => doctors.create(input),
  };
}
