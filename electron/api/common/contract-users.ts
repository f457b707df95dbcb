import { z } from 'zod';
import { method } from './method-spec.js';
import { emptyInput, ROLE_GROUPS } from './schemas/common.js';
import { userCreateSchema, userSchema, userUpdateSchema } from './schemas/users.js';
const { ADMIN } = ROLE_GROUPS;

/** The accounts of the practice, kept by its administrators. */
export const userMethods = {
  'users.list': method({
    input: emptyInput,
    output: z.array(userSchema),
    access: ADMIN,
    mutates: false,
    summary: 'Lister les comptes',
  }),
  'users.create': method({
    input: userCreateSchema,
    output: userSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Créer un compte',
  }),
  'users.update': method({
    input: userUpdateSchema,
    output: userSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Modifier un compte',
  }),
} as const;
