import type { Area, AreaContext } from '../area.js';
import { done } from '../area.js';
import type { AuditService } from '../audit/service.js';
import { createBackupsService, type BackupsService } from './service.js';
import { createBackupsStore } from './store.js';

/** Backups (issue 14): settings, runs, and the daily backup started by the server itself. */
export function backupsArea(context: AreaContext, needs: { audit: AuditService }): Area<BackupsService> {
  const backups = createBackupsService({
    store: createBackupsStore(context.db),
    db: context.db,
    dataDir: context.dataDir,
    secrets: context.secrets,
    databaseKey: context.databaseKey.key,
    files: context.files,
    clock: context.clock,
    audit: needs.audit,
    events: context.events,
  });
  // Checked every hour: a day after the last good backup, the next one runs (a failure is kept
  // in the runs and shown red in Cabinet › Sauvegardes after 48 hours).
  const timer = context.backgroundWork
    ? setInterval(() => {
        if (backups.due()) void backups.runNow('quotidienne').catch(() => undefined);
      }, 3_600_000)
    : null;
  timer?.unref();
  return {
    service: backups,
    close: () => {
      if (timer) clearInterval(timer);
      return Promise.resolve();
    },
    handlers: {
      'backups.settings': () => backups.settings(),
      'backups.saveSettings': (input) => {
        backups.saveSettings(input);
        return done;
      },
      'backups.runNow': () => backups.runNow('à la demande'),
      'backups.status': () => backups.status(),
      'backups.inspect': ({ file }) => backups.inspect(file),
      'backups.scheduleRestore': async (input) => {
        await backups.scheduleRestore(input, new Date(context.clock()).toISOString());
        return done;
      },
      'backups.cancelRestore': () => {
        backups.cancelRestore();
        return done;
      },
    },
  };
}
