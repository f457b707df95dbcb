import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell, utilityProcess } from 'electron';
import { hostname } from 'node:os';
import { openPaumeCore } from '../core/paume-core.js';
import { chooseDataDir, dataDirChoiceFromArgs, databaseFileIn } from '../lib/data-dir.js';
import { parseRecoveryKey } from '../lib/database-key.js';
import { createLogger } from '../lib/logger.js';
import { packagePath } from '../lib/package-path.js';
import { keychainSealer, keyFileSealer, secretsKeyFile } from '../lib/secret-box.js';
import { APP_ENTRY, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-scheme.js';
import { CALL_CHANNEL, EVENT_CHANNEL, callerOf, createIpcTransport } from './ipc-transport.js';
import { allowsPermissionCheck, allowsPermissionRequest } from './permission-policy.js';
import { pinnedVerdict, readSeatPin, seatCookieOf } from './seat-window.js';
import { smokeScreenshotWhenReady } from './smoke.js';
import { utilityProcessRunner } from './utility-runner.js';
import { applyNavigationGuards, secureWebPreferences } from './window-security.js';

// Before `ready`, or Chromium treats paume:// as an opaque, insecure origin (no fetch, no worklet).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

/** The default session's policy, set once: the interface from paume://, the microphone only. */
function secureDefaultSession(rendererDir: string): void {
  const { defaultSession } = session;
  defaultSession.protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
  defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowsPermissionRequest(permission, details));
  });
  defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowsPermissionCheck(permission, requestingOrigin, details),
  );
  defaultSession.setDevicePermissionHandler(() => false);
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  secureDefaultSession(packagePath('dist', 'renderer'));
  const logger = createLogger();
  // The same rule as the CLI (--data-dir, PAUME_DATA_DIR, --demo, else userData).
  const dataDir = chooseDataDir(dataDirChoiceFromArgs(process.argv));
  // A seat paired with a host (`paume pair`): the host's app over pinned TLS, no local database.
  const seat = readSeatPin(dataDir);
  if (seat) {
    session.defaultSession.setCertificateVerifyProc((request, verdict) => {
      verdict(pinnedVerdict(request, seat));
    });
    await session.defaultSession.cookies.set(seatCookieOf(seat));
    const window = new BrowserWindow({
      width: 1400,
      height: 900,
      title: `Paume — ${seat.seatName}`,
      // No preload: the page talks to the host over HTTPS like any browser seat, never to IPC.
      webPreferences: { ...secureWebPreferences(''), preload: undefined },
    });
    applyNavigationGuards(window.webContents, new URL(seat.url).origin, (url) => void shell.openExternal(url));
    void window.loadURL(seat.url);
    app.on('window-all-closed', () => app.quit());
    return;
  }
  const core = await openPaumeCore({
    databaseFile: databaseFileIn(dataDir),
    logger,
    runIsolated: utilityProcessRunner(utilityProcess.fork.bind(utilityProcess)),
    exclusiveAs: 'fenêtre Paume',
    // Mail passwords and keys sealed by the OS keychain (issue 11); the key file where there is none.
    secrets: keychainSealer(safeStorage, keyFileSealer(secretsKeyFile(dataDir))),
    backgroundWork: true,
    // The recovery key given at start, as for `paume serve` (a data folder whose keychain is lost).
    suppliedKey: process.env.PAUME_CLE_BASE ? parseRecoveryKey(process.env.PAUME_CLE_BASE) : null,
  }).catch((error: unknown) => {
    // A server already works on this folder: say so in a dialog instead of a blank window.
    dialog.showErrorBox('Paume', error instanceof Error ? error.message : String(error));
    app.exit(1);
    throw error;
  });
  const transport = createIpcTransport(core.dispatch, `poste local ${hostname()}`);

  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) =>
    transport.handleCall(callerOf(event), method, input),
  );

  const openWindow = () => {
    const window = new BrowserWindow({
      width: 1400,
      height: 900,
      show: false,
      title: 'Paume',
      webPreferences: secureWebPreferences(packagePath('dist', 'preload.cjs')),
    });
    const contentsId = window.webContents.id;
    // Who receives which event is decided by the core, for this window's session as for a stream.
    const stopEvents = core.transports.subscribeAs(
      () => transport.tokenOf(contentsId),
      (name, payload) => window.webContents.send(EVENT_CHANNEL, name, payload),
    );
    applyNavigationGuards(window.webContents, APP_ORIGIN, (url) => void shell.openExternal(url));
    window.once('ready-to-show', () => {
      window.show();
    });
    window.on('closed', () => {
      stopEvents();
      transport.forgetWindow(contentsId);
    });
    smokeScreenshotWhenReady(window, process.env.PAUME_SMOKE_SCREENSHOT, () => app.quit());
    void window.loadURL(APP_ENTRY);
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
