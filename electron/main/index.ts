import { hostname } from 'node:os';
import { packagePath } from '../lib/package-path.js';
import { chooseDataDir, dataDirChoiceFromArgs, databaseFileIn } from '../lib/data-dir.js';
import { createLogger } from '../lib/logger.js';
import { openPaumeCore } from '../core/paume-core.js';
import type { BrowserWindowShape, ElectronShape } from './electron-shape.js';
import { CALL_CHANNEL, EVENT_CHANNEL, createIpcTransport } from './ipc-transport.js';
import { applyNavigationGuards, secureWebPreferences, withSecurityHeaders } from './window-security.js';

// The only module (with the preload) that loads Electron; see electron-shape.ts for why untyped.
// The bundle is CommonJS (scripts/build-main.mjs), where Electron provides `require('electron')`.
const electron = require('electron') as ElectronShape;
const { app, BrowserWindow, ipcMain, shell } = electron;

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const logger = createLogger();
  // The same rule as the CLI (--data-dir, PAUME_DATA_DIR, --demo, else userData).
  const dataDir = chooseDataDir(dataDirChoiceFromArgs(process.argv));
  const core = await openPaumeCore({ databaseFile: databaseFileIn(dataDir), logger });
  const transport = createIpcTransport(core.dispatch, `poste local ${hostname()}`);
  const windows = new Set<BrowserWindowShape>();

  ipcMain.handle(CALL_CHANNEL, (event, method, input) => transport.handleCall(event.sender.id, method, input));
  core.events.subscribe((name, payload, audience) => {
    for (const window of windows) {
      const userId = transport.userOf(window.webContents.id, (token) => core.services.auth.peekUserId(token));
      if (userId !== null && (!audience || audience.userId === userId))
        window.webContents.send(EVENT_CHANNEL, name, payload);
    }
  });

  const rendererIndex = packagePath('dist', 'renderer', 'index.html');
  const openWindow = () => {
    const window = new BrowserWindow({
      width: 1400,
      height: 900,
      show: false,
      title: 'Paume',
      webPreferences: secureWebPreferences(packagePath('dist', 'preload.cjs')),
    });
    const contentsId = window.webContents.id;
    windows.add(window);
    window.webContents.session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
    });
    applyNavigationGuards(window.webContents, `file://${rendererIndex}`, (url) => void shell.openExternal(url));
    window.once('ready-to-show', () => {
      window.show();
    });
    window.on('closed', () => {
      windows.delete(window);
      transport.forgetWindow(contentsId);
    });
    void window.loadFile(rendererIndex);
    return window;
  };

  const first = openWindow();
  app.on('second-instance', () => {
    if (first.isMinimized()) first.restore();
    first.focus();
  });
  app.on('window-all-closed', () => {
    core.close();
    app.quit();
  });
}

void main();
