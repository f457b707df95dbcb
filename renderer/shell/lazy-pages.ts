import { lazy, type ComponentType } from 'react';

/**
 * Each workspace's code is its own file, fetched when the workspace is first opened (issue 25):
 * the login screen does not wait for the agenda, the Bloc or Cabinet. Once a person is signed in,
 * `preloadWorkspaces` fetches the rest in the background, so opening a workspace later does not wait.
 */
const loaders = {
  AppLayout: () => import('./AppLayout').then((module) => module.AppLayout),
  InboxPage: () => import('../inbox/InboxPage').then((module) => module.InboxPage),
  AgendaPage: () => import('../agenda/AgendaPage').then((module) => module.AgendaPage),
  WaitingRoomPage: () => import('../agenda/WaitingRoomPage').then((module) => module.WaitingRoomPage),
  ConsultationPage: () => import('../agenda/ConsultationPage').then((module) => module.ConsultationPage),
  TheatrePage: () => import('../theatre/TheatrePage').then((module) => module.TheatrePage),
  CabinetPage: () => import('../cabinet/CabinetPage').then((module) => module.CabinetPage),
  PatientCreatePage: () => import('../patients/PatientCreatePage').then((module) => module.PatientCreatePage),
  PatientPage: () => import('../patients/PatientPage').then((module) => module.PatientPage),
} satisfies Record<string, () => Promise<ComponentType>>;

type PageName = keyof typeof loaders;

export const pages = Object.fromEntries(
  Object.entries(loaders).map(([name, load]) => [name, lazy(async () => ({ default: await load() }))]),
) as { readonly [Name in PageName]: ReturnType<typeof lazy> };

let preloaded = false;
/** Fetches every workspace's code, once, when the browser is idle. */
export function preloadWorkspaces(): void {
  if (preloaded) return;
  preloaded = true;
  const fetchAll = () => {
    for (const load of Object.values(loaders)) void load();
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(fetchAll, { timeout: 2000 });
  else setTimeout(fetchAll, 200);
}
