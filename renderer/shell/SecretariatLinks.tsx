import { Anchor } from '@mantine/core';

/** The secretariat's pages, in the order of the day's work; each page links to the others. */
const SECRETARIAT_PAGES = [
  { path: '/secretariat', label: 'Boîte de réception' },
  { path: '/secretariat/rendez-vous', label: 'Rendez-vous' },
  { path: '/secretariat/appels', label: 'Appels' },
  { path: '/secretariat/veille', label: 'Veille (J-1)' },
  { path: '/secretariat/lendemain', label: 'Lendemain (J+1)' },
  { path: '/secretariat/salle-attente', label: 'Salle d’attente' },
] as const;

export type SecretariatPage = (typeof SECRETARIAT_PAGES)[number]['path'];

/** The links beside a secretariat page's title, to every page but the one shown. */
export function SecretariatLinks({ current }: { current: SecretariatPage }) {
  return SECRETARIAT_PAGES.filter((page) => page.path !== current).map((page) => (
    <Anchor key={page.path} href={`#${page.path}`} size="sm">
      {page.label}
    </Anchor>
  ));
}
