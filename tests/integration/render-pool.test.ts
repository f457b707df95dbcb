import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../electron/lib/package-path.js';
import { createRenderPool } from '../../electron/services/letters/render-pool.js';
import { tempDir } from '../helpers/temp-core.js';

// Letters render in a worker thread with limits on time and memory (issue 9): a template that
// explodes ends that thread and is refused; the server and the next letter carry on.

function workerFile(body: string): { file: string; remove: () => void } {
  const { dir, remove } = tempDir();
  const file = join(dir, 'worker.cjs');
  writeFileSync(
    file,
    `const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (request) => {\n${body}\n});\n`,
  );
  return { file, remove };
}

describe('letter render thread', () => {
  it('renders Paume’s own template in the real thread', async () => {
    const pool = createRenderPool(packagePath('dist', 'letter-render-worker.cjs'));
    const template = readFileSync(packagePath('templates', 'convocation.docx'));
    const docx = await pool.render(template, { patient: { fullName: 'LEFÈVRE Jeanne' }, sections: {} });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    await pool.close();
  });

  it('stops a render past its time, and the next one still gets an answer', async () => {
    const { file, remove } = workerFile('for (;;) {}');
    const pool = createRenderPool(file, { timeoutMs: 300, maxHeapMb: 64 });
    await expect(pool.render(Buffer.from('x'), {})).rejects.toThrow(/de calcul/);
    await expect(pool.render(Buffer.from('x'), {})).rejects.toThrow(/de calcul/);
    await pool.close();
    remove();
  });

  it('ends a thread that runs out of memory, with a French reason', async () => {
    const { file, remove } = workerFile(
      'const hoard = []; for (;;) hoard.push(new Array(100000).fill(Math.random()));',
    );
    const pool = createRenderPool(file, { timeoutMs: 30_000, maxHeapMb: 32 });
    await expect(pool.render(Buffer.from('x'), {})).rejects.toThrow(/trop de mémoire/);
    await pool.close();
    remove();
  });
});
