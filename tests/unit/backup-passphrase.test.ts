import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { backupPassphrase } from '../../electron/cli/backup-passphrase.js';

/** A stream that says it is a terminal, with what the person types. */
function terminalTyping(line: string | null) {
  const input = Object.assign(new PassThrough(), { isTTY: true });
  if (line === null) input.end();
  else setTimeout(() => input.write(`${line}\n`), 5);
  return input;
}

describe('backup passphrase at the terminal (issue 22)', () => {
  it('takes PAUME_PHRASE_SAUVEGARDE first, without asking', async () => {
    const output = new PassThrough();
    expect(
      await backupPassphrase({ env: { PAUME_PHRASE_SAUVEGARDE: 'dans la variable' }, command: 'backup', output }),
    ).toBe('dans la variable');
    expect(output.read()).toBeNull();
  });

  it('asks at a terminal and takes the line typed', async () => {
    const output = new PassThrough();
    const typed = await backupPassphrase({
      env: {},
      command: 'backup',
      input: terminalTyping('tapée au clavier ici'),
      output,
    });
    expect(typed).toBe('tapée au clavier ici');
    expect(String(output.read())).toMatch(/Phrase secrète des sauvegardes/);
  });

  it('refuses an empty line, and says which variable to set when there is no terminal', async () => {
    await expect(
      backupPassphrase({ env: {}, command: 'backup', input: terminalTyping(''), output: new PassThrough() }),
    ).rejects.toThrow(/rien n’a été tapé/);
    const notATerminal = Object.assign(new PassThrough(), { isTTY: false });
    await expect(backupPassphrase({ env: {}, command: 'restore', input: notATerminal })).rejects.toThrow(
      /paume restore : .*PAUME_PHRASE_SAUVEGARDE/,
    );
  });
});
