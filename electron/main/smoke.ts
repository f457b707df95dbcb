import type { BrowserWindow } from 'electron';
import { writeFileSync } from 'node:fs';

/**
 * `npm run smoke:electron` (scripts/smoke-electron.mjs) sets PAUME_SMOKE_SCREENSHOT: once the
 * first page shows a form (login, or setup on a new data folder), the window is saved as a PNG
 * there and the app quits. Nothing happens without the variable.
 */
export function smokeScreenshotWhenReady(window: BrowserWindow, file: string | undefined, quit: () => void): void {
  if (!file) return;
  const deadline = Date.now() + 30_000;
  const poll = async (): Promise<void> => {
    const ready = (await window.webContents.executeJavaScript(
      "document.querySelector('form input') !== null",
    )) as boolean;
    if (!ready && Date.now() < deadline) {
      setTimeout(() => void poll(), 250);
      return;
    }
    writeFileSync(file, (await window.webContents.capturePage()).toPNG());
    quit();
  };
  window.webContents.once('did-finish-load', () => void poll().catch(() => quit()));
}
