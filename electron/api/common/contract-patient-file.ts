import { z } from 'zod';
import { method } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { accessEntrySchema, accessLogQuerySchema, patientFileSchema } from './schemas/patient-file.js';
import { patientIdInput } from './schemas/patients.js';

// WRITERS keep identities and files up to date; theatre staff read them and record preferences.
const { EVERYONE, ADMIN } = ROLE_GROUPS;

/** The whole file as people open it, its export (right of access) and who read it. */
export const patientFileMethods = {
  'patientFile.open': method({
    input: patientIdInput,
    output: patientFileSchema,
    access: EVERYONE,
    mutates: false,
    audit: 'service',
    summary: 'Ouvrir un dossier patient',
  }),
  'patientFile.export': method({
    input: patientIdInput,
    output: z.object({
      /** What the archive holds, from its top folder: resume.html, dossier.json, documents/… */
      files: z.array(z.string()),
      /**
       * The file as one .zip, offered to the person as a download (issue 10); made in memory, it
       * is nowhere on the host's disk (issue 27).
       */
      zip: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }),
    }),
    access: ['secretary', 'admin'],
    mutates: false,
    audit: 'service',
    summary: 'Exporter un dossier (droit d’accès)',
  }),
  'patientFile.accessLog': method({
    input: accessLogQuerySchema,
    output: z.array(accessEntrySchema),
    access: ADMIN,
    mutates: false,
    summary: 'Consulter le journal des accès aux dossiers',
  }),
} as const;
