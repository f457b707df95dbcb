import { CONTENT_SECURITY_POLICY } from '../lib/security-headers.js';

/**
 * Every Paume window is locked down the same way (HOUSE.md rule 3). These settings live here and
 * only here; tests/unit/window-security.test.ts checks them.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
  } as const;
}

export { CONTENT_SECURITY_POLICY };

/** External sites a Paume page may open in the system browser; everything else is refused. */
const EXTERNAL_ALLOWLIST: readonly string[] = [
  'https://annuaire.sante.fr',
  'https://www.ameli.fr',
  'https://esante.gouv.fr',
];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && EXTERNAL_ALLOWLIST.includes(url.origin);
}

/**
 * The slice of Electron's WebContents these guards use, so that tests can hand a fake. The
 * compiler checks Electron's real WebContents against it where main/index.ts passes one.
 */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * A Paume window never navigates away from the app and never opens another window. A link to an
 * allowlisted site goes to the system browser; anything else is dropped.
 */
export function applyNavigationGuards(
  contents: GuardedContents,
  appOrigin: string,
  openExternal: (url: string) => void,
): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    // The origin itself or a path under it: not a prefix match (paume://app.evil/ is elsewhere).
    if (url !== appOrigin && !url.startsWith(`${appOrigin}/`)) event.preventDefault();
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
