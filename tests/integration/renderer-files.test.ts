import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../electron/lib/logger.js';
import { packagePath } from '../../electron/lib/package-path.js';
import { startHttpServer, type RunningServer } from '../../electron/server/http-server.js';
import { openTempCore, tempDir } from '../helpers/temp-core.js';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });

// A renderer folder made by hand, compressed by the build's own script (issue 25).
const script = `console.log(${JSON.stringify('Paume '.repeat(4000))});`;
let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
let folder: ReturnType<typeof tempDir>;

beforeAll(async () => {
  folder = tempDir();
  mkdirSync(join(folder.dir, 'assets'));
  writeFileSync(join(folder.dir, 'index.html'), `<!doctype html><title>Paume</title>${'<!-- -->'.repeat(200)}`);
  writeFileSync(join(folder.dir, 'assets', 'index-AbCd12_-.js'), script);
  execFileSync(process.execPath, [packagePath('scripts', 'compress-renderer.mjs'), folder.dir]);
  opened = await openTempCore();
  server = await startHttpServer({
    core: opened.core,
    logger: createLogger('silent'),
    host: '127.0.0.1',
    port: 0,
    version: 'test',
    rendererDir: folder.dir,
  });
});

afterAll(async () => {
  await server.close();
  opened.dispose();
  folder.remove();
});

describe('the renderer’s files', () => {
  it('are sent brotli- or gzip-compressed as prepared at build time, and plain to whoever cannot take it', async () => {
    const brotli = await get(`${server.url}/assets/index-AbCd12_-.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(script);

    const gzip = await get(`${server.url}/assets/index-AbCd12_-.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get(`${server.url}/assets/index-AbCd12_-.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('cache a hashed file for a year, and have index.html revalidated each time', async () => {
    const hashed = await get(`${server.url}/assets/index-AbCd12_-.js`, { 'accept-encoding': 'br' });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get(`${server.url}/`, { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    // A route of the app (HashRouter aside, a reload on any path) still gets the page.
    const elsewhere = await get(`${server.url}/secretariat`);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.toString()).toContain('<title>Paume</title>');
  });
});
