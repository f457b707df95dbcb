import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** A request path the static file server may look up: decodable, no climbing, no NUL. */
export function isPlainStaticPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return !decoded.includes('\0') && !decoded.includes('\\') && !decoded.split('/').includes('..');
}

/** Vite names every built script and style after its content: such a file never changes. */
const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[A-Za-z0-9_-]{8}\.(js|css|woff2?|wasm)(\.br|\.gz)?$/;

/**
 * The renderer's files (issue 25): sent already compressed (brotli or gzip, prepared at build time
 * by scripts/compress-renderer.mjs) when the browser accepts it, hashed files cached for a year,
 * index.html revalidated each time so a new version is picked up at once.
 */
export async function serveRendererFiles(
  app: FastifyInstance,
  rendererDir: string,
  unknownApi: (request: FastifyRequest, reply: FastifyReply) => FastifyReply,
): Promise<void> {
  // The renderer's files only: a path that does not decode, or climbs with .. (plain or
  // encoded, with / or \\), or carries a NUL, is answered 404 before the file server sees it (issue 9).
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) return;
    if (!isPlainStaticPath(request.url)) return reply.code(404).type('text/plain; charset=utf-8').send('Introuvable');
  });
  await app.register(fastifyStatic, {
    root: rendererDir,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, path) => {
      response.header('Cache-Control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return unknownApi(request, reply);
    return reply.sendFile('index.html');
  });
}
