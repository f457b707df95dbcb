import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import type { AlertsService } from '../alerts/service.js';
import type { AuditService } from '../audit/service.js';
import type { DocumentsService } from '../documents/service.js';
import type { DoctorsService } from '../doctors/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PreferencesService } from '../preferences/service.js';
import type { VisitsService } from '../visits/service.js';
import { removeLeftoverExports } from './leftover-exports.js';
import { createPatientFileService, type PatientFileService } from './service.js';

/** The whole file as people open it (identity, alerts, preferences, visits, documents), its export and its access log. */
export function patientFileArea(
  context: AreaContext,
  needs: {
    patients: PatientsService;
    doctors: DoctorsService;
    alerts: AlertsService;
    preferences: PreferencesService;
    visits: VisitsService;
    documents: DocumentsService;
    audit: AuditService;
  },
): Area<PatientFileService> {
  removeLeftoverExports(context.dataDir);
  const patientFiles = createPatientFileService({ ...needs, clock: context.clock });
  return {
    service: patientFiles,
    handlers: {
      'patientFile.open': (input, call) => patientFiles.open(input.id, actorOf(call)),
      'patientFile.export': (input, call) => patientFiles.exportArchive(input.id, actorOf(call)),
      'patientFile.accessLog': (input) => needs.audit.access(input),
    },
  };
}
