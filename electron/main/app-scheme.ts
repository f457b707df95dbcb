import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../lib/security-headers.js';

/**
 * The window loads Paume from a private scheme, paume://app/, instead of file:// (issue 15): a
 * file:// page may read any file its URL can name, and every file:// page shares one origin. The
 * scheme maps only to the built renderer's files; nothing else on the disk can be reached.
 */
export const APP_SCHEME = 'paume';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Registered before `ready` (protocol.registerSchemesAsPrivileged): a standard, secure origin. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  corsEnabled: false,
  stream: true,
} as const;

/** A URL of Paume's own origin (and not paume://app.evil/ or paume://other/). */
export function isAppUrl(raw: string): boolean {
  return raw === APP_ORIGIN || raw.startsWith(`${APP_ORIGIN}/`);
}

/** The built renderer's file a request names, or null when it names anything else. */
export function rendererFileFor(rendererDir: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, path === '/' || path === '' ? 'index.html' : `.${path}`);
  return file.startsWith(`${root}${sep}`) ? file : null;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/** Headers of every response of the scheme: browser mode's CSP, and no guessing of types. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/** The scheme's handler (protocol.handle): the file, 404 for what is missing or outside. */
export async function serveAppRequest(
  rendererDir: string,
  request: { url: string; method: string },
): Promise<Response> {
  const file = rendererFileFor(rendererDir, request.url);
  if (!file || request.method !== 'GET') return new Response('Introuvable', { status: 404 });
  try {
    return new Response(await readFile(file), { status: 200, headers: appResponseHeaders(file) });
  } catch {
    return new Response('Introuvable', { status: 404 });
  }
}
