import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadModel, DownloadError } from '../../electron/services/dictation/model-download.js';
import { tempDir } from '../helpers/temp-core.js';
import { sharedPath } from '../helpers/shared.js';

const MODEL = readFileSync(sharedPath('models', 'for-tests-ggml-tiny.bin'));
const SHA1 = createHash('sha1').update(MODEL).digest('hex');

/** Serves the test model with Range support; /cut drops the connection half-way the first time. */
let server: Server;
let base: string;
let cutsLeft = 1;
const rangesSeen: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const range = /bytes=(\d+)-/.exec(request.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    rangesSeen.push(request.headers.range ?? 'none');
    const body = MODEL.subarray(start);
    response.writeHead(range ? 206 : 200, {
      'Content-Length': body.length,
      ...(range ? { 'Content-Range': `bytes ${start}-${MODEL.length - 1}/${MODEL.length}` } : {}),
    });
    if (request.url === '/cut' && cutsLeft > 0) {
      cutsLeft -= 1;
      response.write(body.subarray(0, 200_000), () => response.destroy());
      return;
    }
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    ),
);

describe('model download', () => {
  it('reports progress and keeps the file when its checksum is the pinned one', async () => {
    const { dir, remove } = tempDir();
    const destination = join(dir, 'ggml-tiny.bin');
    const progress: number[] = [];
    await downloadModel({
      url: `${base}/model`,
      destination,
      sha1: SHA1,
      onProgress: ({ received, total }) => progress.push(received / (total ?? 1)),
    });
    expect(readFileSync(destination).equals(MODEL)).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(1);
    remove();
  });

  it('resumes after a cut connection instead of starting again', async () => {
    const { dir, remove } = tempDir();
    const destination = join(dir, 'ggml-tiny.bin');
    rangesSeen.length = 0;
    await expect(
      downloadModel({ url: `${base}/cut`, destination, sha1: SHA1, onProgress: () => undefined }),
    ).rejects.toThrow(/Connexion coupée/);
    // Whatever reached the disk before the cut (up to the 200,000 bytes sent) is kept and resumed from.
    const kept = statSync(`${destination}.partial`).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(200_000);
    await downloadModel({ url: `${base}/cut`, destination, sha1: SHA1, onProgress: () => undefined });
    expect(rangesSeen).toEqual(['none', `bytes=${kept}-`]);
    expect(readFileSync(destination).equals(MODEL)).toBe(true);
    remove();
  });

  it('refuses and deletes a file whose checksum differs', async () => {
    const { dir, remove } = tempDir();
    const destination = join(dir, 'ggml-tiny.bin');
    writeFileSync(`${destination}.other`, '');
    const wrong = '0'.repeat(40);
    await expect(
      downloadModel({ url: `${base}/model`, destination, sha1: wrong, onProgress: () => undefined }),
    ).rejects.toThrow(DownloadError);
    await expect(
      downloadModel({ url: `${base}/model`, destination, sha1: wrong, onProgress: () => undefined }),
    ).rejects.toThrow(/Somme de contrôle incorrecte/);
    expect(existsSync(destination)).toBe(false);
    expect(existsSync(`${destination}.partial`)).toBe(false);
    remove();
  });
});
