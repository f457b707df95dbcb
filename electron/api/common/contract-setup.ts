import { method } from './method-spec.js';
import { emptyInput } from './schemas/common.js';
import { loginResultSchema, setupInputSchema, setupStatusSchema } from './schemas/users.js';

/** Creating the practice and its first administrator (issue 1). */
export const setupMethods = {
  'setup.status': method({
    input: emptyInput,
    output: setupStatusSchema,
    access: 'public',
    mutates: false,
    summary: 'Savoir si le cabinet reste à créer',
  }),
  'setup.initialize': method({
    input: setupInputSchema,
    output: loginResultSchema,
    access: 'public',
    mutates: true,
    summary: 'Créer le cabinet et le premier compte administrateur',
  }),
} as const;
