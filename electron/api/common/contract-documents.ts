import { byId, method } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { documentContentSchema, documentSchema, documentUploadSchema } from './schemas/patient-file.js';

// WRITERS keep identities and files up to date; theatre staff read them and record preferences.
const { EVERYONE } = ROLE_GROUPS;

/** Documents kept in the file (photos, scans, letters received). */
export const documentMethods = {
  'documents.add': method({
    input: documentUploadSchema,
    output: documentSchema,
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Joindre un document',
  }),
  'documents.content': method({
    input: byId('Document'),
    output: documentContentSchema,
    access: EVERYONE,
    mutates: false,
    audit: 'service',
    summary: 'Ouvrir un document',
  }),
} as const;
