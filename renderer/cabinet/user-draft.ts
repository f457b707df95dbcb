import type { Role } from '../../electron/api/common/schemas/common';
import type { User } from '../../electron/api/common/schemas/users';

/** An account as its row editor holds it (Cabinet › Comptes). */
export type Draft = {
  login: string;
  displayName: string;
  password: string;
  roles: Role[];
  practitionerId: number | null;
  active: boolean;
};
export const NEW_USER: Draft = {
  login: '',
  displayName: '',
  password: '',
  roles: ['secretary'],
  practitionerId: null,
  active: true,
};
/** The editable fields of an account (its id and version stay outside the draft). */
export const draftOf = (user: Omit<User, 'id' | 'version'>): Draft => ({
  login: user.login,
  displayName: user.displayName,
  password: '',
  roles: [...user.roles],
  practitionerId: user.practitionerId,
  active: user.active,
});
export const USER_LABELS: Readonly<Record<string, string>> = {
  displayName: 'Nom affiché',
  roles: 'Rôles',
  practitionerId: 'Praticien lié',
  active: 'Actif',
};
