import { describe, expect, it, vi } from 'vitest';
import {
  applyNavigationGuards,
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  secureWebPreferences,
  type GuardedContents,
} from '../../electron/main/window-security.js';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const navigate = (event: 'will-navigate' | 'will-redirect', url: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, navigate, open: (url: string) => openHandler?.({ url }) };
}

describe('window security settings', () => {
  it('sandboxes every window and isolates its context', () => {
    expect(secureWebPreferences('/app/dist/preload.cjs')).toMatchObject({
      preload: '/app/dist/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('serves a strict content security policy that allows no foreign or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('denies navigation away from the app and every new window', () => {
    const openExternal = vi.fn();
    const { contents, navigate, open } = fakeContents();
    applyNavigationGuards(contents, 'paume://app', openExternal);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1:9999/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'paume://app.evil/index.html')).toBe(true);
    expect(navigate('will-navigate', 'paume://app/index.html#/cabinet')).toBe(false);
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('sends only allowlisted https sites to the system browser', () => {
    const openExternal = vi.fn();
    const { contents, open, navigate } = fakeContents();
    applyNavigationGuards(contents, 'paume://app', openExternal);
    expect(open('https://annuaire.sante.fr/recherche')).toEqual({ action: 'deny' });
    expect(navigate('will-navigate', 'https://www.ameli.fr/')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://annuaire.sante.fr/recherche'], ['https://www.ameli.fr/']]);
    expect(isAllowedExternalUrl('http://annuaire.sante.fr/')).toBe(false);
    expect(isAllowedExternalUrl('https://annuaire.sante.fr.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});
