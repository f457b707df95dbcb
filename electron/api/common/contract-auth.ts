import { method, ok } from './method-spec.js';
import { emptyInput, ROLE_GROUPS } from './schemas/common.js';
import {
  loginInputSchema,
  loginResultSchema,
  ownPasswordChangeSchema,
  passwordResetSchema,
  sessionInfoSchema,
  unlockInputSchema,
} from './schemas/users.js';
const { ADMIN } = ROLE_GROUPS;

/** Sessions: signing in and out, locking the seat, passwords. */
export const authMethods = {
  'auth.login': method({
    input: loginInputSchema,
    output: loginResultSchema,
    access: 'public',
    mutates: false,
    summary: 'Se connecter',
  }),
  'auth.logout': method({
    input: emptyInput,
    output: ok,
    access: 'session',
    mutates: false,
    allowWhenLocked: true,
    summary: 'Se déconnecter',
  }),
  'auth.me': method({
    input: emptyInput,
    output: sessionInfoSchema,
    access: 'session',
    mutates: false,
    allowWhenLocked: true,
    summary: 'Voir sa session',
  }),
  'auth.lock': method({
    input: emptyInput,
    output: ok,
    access: 'session',
    mutates: false,
    allowWhenLocked: true,
    summary: 'Verrouiller le poste',
  }),
  'auth.unlock': method({
    input: unlockInputSchema,
    output: sessionInfoSchema,
    access: 'session',
    mutates: false,
    allowWhenLocked: true,
    summary: 'Déverrouiller le poste',
  }),
  'auth.changeOwnPassword': method({
    input: ownPasswordChangeSchema,
    output: ok,
    access: 'session',
    mutates: true,
    summary: 'Changer son mot de passe',
  }),
  'auth.resetPassword': method({
    input: passwordResetSchema,
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: "Définir le mot de passe d'un compte",
  }),
} as const;
