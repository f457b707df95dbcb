import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ringsHere } from '../../electron/api/common/schemas/calls.js';
import type { RunningServer } from '../../electron/server/http-server.js';
import { startTestServer } from '../helpers/http.js';
import { packagePath } from '../../electron/lib/package-path.js';
import { caller, FIRST_ADMIN, ok, openTempCore } from '../helpers/temp-core.js';

/**
 * Issue 26 item 1, telephony: `paume appel --de NUMÉRO` run as a phone system would, against a
 * real running server over HTTP; the server tells the seats to open « Nouvel appel » with it.
 */
const run = promisify(execFile);
let server: RunningServer;
let dispose: () => void;
const rung: unknown[] = [];

beforeAll(async () => {
  const opened = await openTempCore();
  dispose = opened.dispose;
  await ok(caller(opened.core).call('setup.initialize', FIRST_ADMIN));
  opened.core.events.subscribe((name, payload) => {
    if (name === 'calls.ringing') rung.push(payload);
  });
  server = await startTestServer(opened.core);
});
afterAll(async () => {
  await server.close();
  dispose();
});

const appel = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, [packagePath('dist', 'cli.cjs'), 'appel', '--url', server.url, ...args], {
    env: { ...process.env, PAUME_IDENTIFIANT: FIRST_ADMIN.login, PAUME_MOT_DE_PASSE: FIRST_ADMIN.password, ...env },
  }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    // execFile rejects with the exit code and both outputs of the failed run.
    (error: unknown) => error as { code: number; stdout: string; stderr: string },
  );

describe('paume appel', () => {
  it('opens « Nouvel appel » with the number on every seat, or on the host', async () => {
    const everywhere = await appel(['--de', '06 12 34 56 78']);
    expect(everywhere.code).toBe(0);
    expect(everywhere.stdout).toMatch(/Appel de 06 12 34 56 78 signalé \(tous les postes\)/);
    const host = await appel(['--de', '0612345679', '--poste', 'hôte']);
    expect(host.code).toBe(0);
    expect(rung).toEqual([
      { number: '06 12 34 56 78', seat: '' },
      { number: expect.stringMatching(/^06 ?12 ?34 ?56 ?79$/), seat: 'hôte' },
    ]);
  });

  it('refuses an unknown seat, a wrong number and no account, in French, and rings nowhere', async () => {
    const before = rung.length;
    const unknownSeat = await appel(['--de', '06 12 34 56 78', '--poste', 'Accueil 9']);
    expect(unknownSeat.code).not.toBe(0);
    expect(unknownSeat.stderr).toMatch(/Aucun poste ne s’appelle « Accueil 9 »/);
    const wrongNumber = await appel(['--de', 'x'.repeat(40)]);
    expect(wrongNumber.code).not.toBe(0);
    expect(wrongNumber.stderr).toMatch(/number/);
    const noAccount = await appel(['--de', '06 12 34 56 78'], { PAUME_IDENTIFIANT: '', PAUME_MOT_DE_PASSE: '' });
    expect(noAccount.stderr).toMatch(/donnez un compte du cabinet/);
    const noNumber = await appel([]);
    expect(noNumber.stderr).toMatch(/--de/);
    expect(rung.length).toBe(before);
  });

  it('opens only on the window of the seat named', () => {
    expect(ringsHere('', 'poste Accueil 2')).toBe(true);
    expect(ringsHere('Accueil 2', 'poste Accueil 2')).toBe(true);
    expect(ringsHere('Accueil 2', 'poste Accueil 3')).toBe(false);
    expect(ringsHere('hôte', 'http 127.0.0.1')).toBe(true);
    expect(ringsHere('hôte', 'poste Accueil 2')).toBe(false);
    expect(ringsHere('Accueil 2', 'http 127.0.0.1')).toBe(false);
  });
});
