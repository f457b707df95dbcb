import type { Role } from '../../electron/api/common/schemas/common';

export interface Workspace {
  readonly path: string;
  readonly label: string;
  readonly shortcut: string;
  /** Who lands here; others still see it in the menu. */
  readonly roles: readonly Role[];
  /** Set while a later issue has not built it: shown as not yet available, never faked. */
  readonly comingWith?: string;
}

export const WORKSPACES: readonly Workspace[] = [
  {
    path: '/secretariat',
    label: 'Secrétariat',
    shortcut: 'alt+1',
    roles: ['secretary'],
  },
  {
    path: '/consultation',
    label: 'Consultation',
    shortcut: 'alt+2',
    roles: ['surgeon'],
  },
  {
    path: '/bloc',
    label: 'Bloc',
    shortcut: 'alt+3',
    roles: ['theatre'],
  },
  { path: '/cabinet', label: 'Cabinet', shortcut: 'alt+4', roles: ['admin'] },
];

/**
 * The workspace a person lands on after login (issue 10): the start page of their own work
 * (surgeon: Consultation; secretary: Secrétariat; theatre: Bloc; administrator: Cabinet), in the
 * order of the menu for someone with several roles; Cabinet for anyone else.
 */
export function homeFor(roles: readonly Role[]): string {
  return WORKSPACES.find((workspace) => workspace.roles.some((role) => roles.includes(role)))?.path ?? '/cabinet';
}
