import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** LibreOffice's command, when it is installed (PDF letters need it; .docx never does). */
export async function findLibreOffice(): Promise<string | null> {
  // PAUME_SOFFICE names LibreOffice's command; a command that does not run turns PDF off.
  const candidates = process.env.PAUME_SOFFICE ? [process.env.PAUME_SOFFICE] : ['soffice', 'libreoffice'];
  for (const command of candidates) {
    const runs = await new Promise<boolean>((resolve) => {
      const child = spawn(command, ['--version'], { stdio: 'ignore', timeout: 20_000 });
      child.on('error', () => {
        resolve(false);
      });
      child.on('exit', (code) => {
        resolve(code === 0);
      });
    });
    if (runs) return command;
  }
  return null;
}

/**
 * Converts a .docx to PDF in a LibreOffice child process (never on the request path), with a
 * profile of its own so that it never collides with a LibreOffice the user has open.
 */
export function convertToPdf(command: string, docx: Buffer, timeoutMs = 120_000): Promise<Buffer> {
  const work = mkdtempSync(join(tmpdir(), 'paume-pdf-'));
  const input = join(work, 'courrier.docx');
  writeFileSync(input, docx);
  return new Promise((resolve, reject) => {
    const child = spawn(
      command,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        input,
      ],
      { stdio: 'ignore' },
    );
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      rmSync(work, { recursive: true, force: true });
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`LibreOffice a échoué (code ${code ?? 'tué'}).`);
        resolve(readFileSync(join(work, 'courrier.pdf')));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
}
