import { z } from 'zod';
import { method, ok } from './method-spec.js';
import { emptyInput, ROLE_GROUPS, text } from './schemas/common.js';

const { ADMIN } = ROLE_GROUPS;

export const recoveryStatusSchema = z.object({
  /** True until an administrator has typed the recovery key back: the app shows it and goes no further. */
  recoveryKeyPending: z.boolean(),
  /** Where the key is kept on this host: the OS keychain, the data folder's key file, or nowhere (given at each start). */
  keptIn: z.enum(['keychain', 'key-file', 'nowhere']),
});

/** Encryption at rest (issue 14): the recovery key, shown once and typed back. */
export const keyMethods = {
  'keys.status': method({
    input: emptyInput,
    output: recoveryStatusSchema,
    access: ADMIN,
    mutates: false,
    summary: 'Savoir si la clé de secours reste à noter',
  }),
  'keys.recoveryKey': method({
    input: emptyInput,
    output: z.object({ recoveryKey: z.string() }),
    access: ADMIN,
    mutates: false,
    summary: 'Afficher la clé de secours (tant qu’elle n’a pas été recopiée)',
  }),
  'keys.confirmRecoveryKey': method({
    input: z.object({ typed: text('Clé de secours recopiée', 200, { min: 1 }) }).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Recopier la clé de secours pour confirmer qu’elle est gardée',
  }),
};
