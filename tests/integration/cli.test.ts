import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { CliError, runCli, type ServeHandle } from '../../electron/cli/run.js';
import { databaseFileIn } from '../../electron/lib/data-dir.js';
import { tempDir } from '../helpers/temp-core.js';
import { dataDirKey } from '../helpers/data-key.js';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function capture() {
  const lines: string[] = [];
  return { io: { out: (line: string) => lines.push(line), err: (line: string) => lines.push(`! ${line}`) }, lines };
}
function dataDir() {
  const { dir, remove } = tempDir();
  cleanups.push(remove);
  return dir;
}

describe('paume CLI', () => {
  it('explains itself and refuses bad arguments with a clear message', async () => {
    const { io, lines } = capture();
    expect(await runCli(['help'], io)).toBe(0);
    expect(lines.join('\n')).toMatch(/serve.*migrate.*backup.*seed-demo/s);
    await expect(runCli(['frobnicate'], io)).rejects.toThrow(/Commande inconnue : « frobnicate »/);
    await expect(runCli(['serve', '--port', 'abc'], io)).rejects.toThrow(/--port : « abc » n'est pas un port valide/);
    await expect(runCli(['serve', '--colour'], io)).rejects.toThrow(CliError);
    await expect(runCli(['backup'], io)).rejects.toThrow(/paume backup <fichier.sauvegarde>/);
  });

  it('migrates, seeds the demo once, and refuses to seed a database that has accounts', async () => {
    const dir = dataDir();
    const { io, lines } = capture();
    expect(await runCli(['migrate', '--data-dir', dir], io)).toBe(0);
    expect(lines.at(-1)).toMatch(/Base mise à jour : version 0 → \d+/);
    expect(await runCli(['migrate', '--data-dir', dir], io)).toBe(0);
    expect(lines.at(-1)).toMatch(/Base déjà à jour/);
    expect(await runCli(['seed-demo', '--data-dir', dir], io)).toBe(0);
    expect(lines.join('\n')).toMatch(/mot de passe commun : demo-paume/);
    expect(lines.join('\n')).toMatch(/accueil .*\[secretary\]/);
    await expect(runCli(['seed-demo', '--data-dir', dir], io)).rejects.toThrow(/déjà des comptes/);
  });

  it('backs up a database while the server runs and keeps writing', async () => {
    const dir = dataDir();
    const { io } = capture();
    const handle = (await runCli(['serve', '--port', '0', '--data-dir', dir, '--demo'], io)) as ServeHandle;
    cleanups.push(() => handle.stop());
    expect(await (await fetch(`${handle.server.url}/api/health`)).json()).toMatchObject({ ok: true });

    const writer = setInterval(() => {
      handle.core.services.audit.record({ userId: null, seat: 'test', action: 'busy', outcome: 'ok', detail: '' });
    }, 1);
    const destination = join(dir, 'hors-ligne', 'copie.sauvegarde');
    mkdirSync(join(dir, 'hors-ligne'));
    const backup = capture();
    process.env.PAUME_PHRASE_SAUVEGARDE = 'phrase du coffre de la salle';
    cleanups.push(() => {
      delete process.env.PAUME_PHRASE_SAUVEGARDE;
    });
    try {
      expect(await runCli(['backup', destination, '--data-dir', dir], backup.io)).toBe(0);
    } finally {
      clearInterval(writer);
    }
    // Progress said as it goes, and the one format: Cabinet's, which `paume restore` reads (issue 22).
    expect(backup.lines.some((line) => line.startsWith('! Sauvegarde : copie de la base'))).toBe(true);
    expect(backup.lines.join('\n')).toMatch(/Sauvegarde écrite : .*copie\.sauvegarde \(base vérifiée/);
    expect(readFileSync(destination).subarray(0, 8).toString()).toBe('PAUMEBK1');
    const elsewhere = dataDir();
    const restored = capture();
    expect(await runCli(['restore', destination, '--data-dir', elsewhere], restored.io)).toBe(0);
    const copy = openDatabase(databaseFileIn(elsewhere), { readonly: true, key: dataDirKey(elsewhere) });
    expect(copy.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 4 });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    // The list of backups of the folder backed up says where it went.
    const status = handle.core.services.backups.status();
    expect(status.runs[0]).toMatchObject({ ok: true, file: destination, reason: 'paume backup' });

    await expect(runCli(['backup', destination, '--data-dir', dir], backup.io)).rejects.toThrow(/existe déjà/);
    await expect(runCli(['backup', join(dir, 'copie.sqlite'), '--data-dir', dir], backup.io)).rejects.toThrow(
      /finit par \.sauvegarde/,
    );
    const unplugged = join(dir, 'cle-usb-debranchee', 'paume.sauvegarde');
    await expect(runCli(['backup', unplugged, '--data-dir', dir], backup.io)).rejects.toThrow(/pas branché/);
    expect(existsSync(join(dir, 'cle-usb-debranchee'))).toBe(false);
    process.env.PAUME_PHRASE_SAUVEGARDE = 'courte';
    await expect(
      runCli(['backup', join(dir, 'hors-ligne', 'autre.sauvegarde'), '--data-dir', dir], backup.io),
    ).rejects.toThrow(/Phrase secrète : 12 caractères au moins/);
    delete process.env.PAUME_PHRASE_SAUVEGARDE;
    // No terminal to type it at (a test runner, a scheduled task): said, never waited for.
    await expect(
      runCli(['backup', join(dir, 'hors-ligne', 'autre.sauvegarde'), '--data-dir', dir], backup.io),
    ).rejects.toThrow(/PAUME_PHRASE_SAUVEGARDE/);
  });

  it('says clearly when the port is taken', async () => {
    const first = (await runCli(['serve', '--port', '0', '--data-dir', dataDir()], capture().io)) as ServeHandle;
    cleanups.push(() => first.stop());
    await expect(
      runCli(['serve', '--port', String(first.server.port), '--data-dir', dataDir()], capture().io),
    ).rejects.toThrow(/déjà utilisé/);
  });
});
