import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { buildOpenApiDocument } from '../api/node/openapi.js';
import { httpStatusOf, type ApiError, type Result } from '../api/common/result.js';
import type { PaumeCore } from '../core/paume-core.js';
import { createHostGuard, hostSpellings } from './host-guard.js';
import { serveRendererFiles } from './renderer-files.js';
import { CONTENT_SECURITY_POLICY } from '../lib/security-headers.js';
import { boundedJsonParser, mayPostLarge, SESSION_BODY_LIMIT } from './bounded-json.js';
import { MAX_CONNECTIONS, MAX_STREAMS_PER_SESSION, slowClientLimits } from './socket-limits.js';

export const SESSION_COOKIE = 'paume_session';
/** The seat's token (issue 14), set once at pairing, for five years: a paired seat stays paired. */
export const SEAT_COOKIE = 'paume_poste';
const SEAT_COOKIE_MAX_AGE_S = 5 * 365 * 86_400;
/** What an unpaired seat may reach over the practice network: the app's files, and pairing itself. */
const OPEN_TO_UNPAIRED = new Set(['/api/health', '/api/openapi.json', '/api/seats.claimPairing']);

export interface HttpServerOptions {
  readonly core: PaumeCore;
  readonly logger: Logger;
  readonly host: string;
  readonly port: number;
  /** Other names this server is reached by from other seats (e.g. "poste-accueil.local"). */
  readonly extraHosts?: readonly string[];
  /** The built renderer (dist/renderer); absent in API-only tests. */
  readonly rendererDir?: string;
  readonly version: string;
  /**
   * The practice network (issue 14): TLS with the practice's certificate, and every API call must
   * come from a paired seat, whose name goes into the access log. Absent: plain HTTP (loopback).
   */
  readonly tls?: { readonly keyPem: string; readonly certPem: string; readonly caPem: string };
  /** How long a client may take to send its headers (ms); short in tests. Default 10 s. */
  readonly headersTimeoutMs?: number;
  /** How long a client may take to send a whole request, body included (ms); short in tests. Default 60 s. */
  readonly requestTimeoutMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function sendResult(reply: FastifyReply, result: Result<unknown>): FastifyReply {
  return reply.code(result.ok ? 200 : httpStatusOf[result.error.code]).send(result);
}

function sendError(reply: FastifyReply, error: ApiError): FastifyReply {
  return sendResult(reply, { ok: false, error });
}

function tokenOf(request: FastifyRequest): string | null {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

/** A browser on this very machine (127.0.0.0/8, ::1, or the IPv4 loopback mapped into IPv6). */
export function isLoopbackAddress(ip: string): boolean {
  return ip === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip);
}

/** The HTTP transport: the same dispatcher as Electron's IPC, for browser mode and other seats. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { core } = options;
  // forceCloseConnections: on close, sockets kept alive by a browser are destroyed too; otherwise an
  // event stream reopened on one of them while closing would keep the server open forever.
  const tls = options.tls ?? null;
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: SESSION_BODY_LIMIT,
    forceCloseConnections: true,
    ...slowClientLimits(tls, options.requestTimeoutMs),
  }) as unknown as FastifyInstance;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict', secure: tls !== null } as const;
  /**
   * Who calls, for the log and the host-only methods: a paired seat's name over TLS, else the
   * address. Resolved once per request (the seat's token is looked up in the database), then kept.
   */
  const seats = new WeakMap<FastifyRequest, { seat: string; hostSeat: boolean; paired: boolean }>();
  const seatOf = (request: FastifyRequest): { seat: string; hostSeat: boolean; paired: boolean } => {
    const known = seats.get(request);
    if (known) return known;
    let caller: { seat: string; hostSeat: boolean; paired: boolean };
    if (!tls) caller = { seat: `http ${request.ip}`, hostSeat: isLoopbackAddress(request.ip), paired: true };
    else {
      const seat = core.transports.pairedSeat(request.cookies[SEAT_COOKIE]);
      caller = seat
        ? { seat: `poste ${seat.name}`, hostSeat: false, paired: true }
        : { seat: `non appairé ${request.ip}`, hostSeat: false, paired: false };
    }
    seats.set(request, caller);
    return caller;
  };
  let closing = false;
  let boundPort = options.port;
  const guard = createHostGuard(() => hostSpellings(options.host, boundPort, options.extraHosts ?? []));

  await app.register(fastifyCookie);
  app.server.headersTimeout = options.headersTimeoutMs ?? 10_000;
  app.server.maxConnections = MAX_CONNECTIONS;

  // JSON read with bounds chosen before a byte is parsed (bounded-json.ts).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    boundedJsonParser((request) => mayPostLarge(request, () => core.transports.liveSession(tokenOf(request)))),
  );

  app.addHook('onRequest', async (request, reply) => {
    const refusal = guard.refusal({ host: request.headers.host, origin: request.headers.origin });
    if (refusal) return sendError(reply, { code: 'FORBIDDEN', message: refusal });
    reply
      .header('X-Content-Type-Options', 'nosniff')
      .header('Referrer-Policy', 'no-referrer')
      .header('X-Frame-Options', 'DENY')
      .header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    const path = request.url.split('?')[0] ?? '';
    if (tls && path.startsWith('/api/') && !OPEN_TO_UNPAIRED.has(path) && !seatOf(request).paired)
      return sendError(reply, {
        code: 'SEAT_NOT_PAIRED',
        message:
          'Ce poste n’est pas encore appairé au poste hôte : demandez un code à l’administrateur (Cabinet › Postes, sur le poste hôte).',
      });
    return undefined;
  });

  app.setErrorHandler((error: { code?: string; statusCode?: number; apiError?: ApiError }, request, reply) => {
    if (error.apiError) return reply.code(error.statusCode ?? 400).send({ ok: false, error: error.apiError });
    if (
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      (error.statusCode === 400 && error.code?.startsWith('FST_ERR_CTP'))
    ) {
      return sendError(reply, { code: 'INVALID_JSON', message: 'Le corps de la requête n’est pas un JSON valide.' });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(reply, {
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Requête trop volumineuse (24 Mo au maximum ; un document fait 15 Mo au plus).',
      });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(reply, {
        code: 'INVALID_JSON',
        message: 'Le corps de la requête doit être du JSON (Content-Type: application/json).',
      });
    }
    request.log.error({ err: error }, 'http failure');
    return sendError(reply, { code: 'INTERNAL', message: 'Erreur interne du serveur.' });
  });

  app.get('/api/health', () => ({ ok: true, value: { status: 'ok', version: options.version } }));
  app.get('/api/openapi.json', () => buildOpenApiDocument(options.version));
  // The practice's CA certificate, for a browser seat to import (its fingerprint is shown on the host to compare).
  if (tls)
    app.get('/cabinet-ca.crt', (_request, reply) =>
      reply
        .type('application/x-x509-ca-cert')
        .header('Content-Disposition', 'attachment; filename="paume-cabinet-ca.crt"')
        .send(tls.caPem),
    );

  app.post<{ Params: { method: string } }>('/api/:method', async (request, reply) => {
    const { seat, hostSeat } = seatOf(request);
    const result = await core.dispatch(
      {
        sessionToken: tokenOf(request),
        seat,
        hostSeat,
        onSessionIssued: (token) => void reply.setCookie(SESSION_COOKIE, token, cookieOptions),
        onSessionEnded: () => void reply.clearCookie(SESSION_COOKIE, cookieOptions),
        onSeatPaired: (token) =>
          void reply.setCookie(SEAT_COOKIE, token, { ...cookieOptions, maxAge: SEAT_COOKIE_MAX_AGE_S }),
      },
      request.params.method,
      request.body,
    );
    return sendResult(reply, result);
  });

  // A speech model sent from the person's machine (issue 9: another seat cannot name a path on the
  // host's disk). Who may send is checked before a byte is read; the body is streamed to disk,
  // never whole in memory; installing it then goes through the dispatcher like any change.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => {
    done(null, payload);
  });
  app.post<{ Querystring: { fileName?: string } }>('/api/upload/model', async (request, reply) => {
    const token = tokenOf(request);
    const upload = await core.transports.receiveModelUpload(token, request.body as NodeJS.ReadableStream);
    if (!upload.ok) return sendError(reply, upload.error);
    const result = await core.dispatch(
      { sessionToken: token, seat: seatOf(request).seat, hostSeat: seatOf(request).hostSeat },
      'dictation.importUploadedModel',
      { uploadId: upload.uploadId, fileName: request.query.fileName ?? 'modele.bin' },
    );
    return sendResult(reply, result);
  });

  // Open event streams, each with the token it was opened with. Ended on close (an open stream
  // would keep the server and Ctrl+C waiting), and whenever its session ends or locks (issue 9):
  // a logout, a lock, or a password change closes the streams that carried that session's data.
  const streams = new Map<{ end(): void }, string>();
  const stopWatchingSessions = core.transports.onSessionsEnded(() => {
    for (const [stream, token] of streams) if (!core.transports.streamAllowed(token)) stream.end();
  });

  app.get('/api/events', (request, reply) => {
    if (closing) {
      void reply.code(503).send({ ok: false, error: { code: 'INTERNAL', message: 'Le serveur s’arrête.' } });
      return;
    }
    const token = tokenOf(request);
    const refusal = core.transports.streamRefusal(token);
    if (refusal || token === null) {
      void sendError(reply, refusal ?? { code: 'UNAUTHENTICATED', message: 'Vous n’êtes pas connecté.' });
      return;
    }
    reply.hijack();
    reply.raw.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    reply.raw.write(': paume\n\n');
    // Beyond the cap, the session's oldest stream is closed (a tab left open long ago), so a new
    // tab always works and no session holds hundreds of sockets.
    const sameSession = [...streams].filter(([, held]) => held === token).map(([stream]) => stream);
    for (const stale of sameSession.slice(0, Math.max(0, sameSession.length - MAX_STREAMS_PER_SESSION + 1)))
      stale.end();
    const unsubscribe = core.transports.subscribeAs(
      () => token,
      (name, payload) => reply.raw.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`),
    );
    // A comment every 25 s keeps proxies and the browser from closing an idle stream.
    const keepAlive = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    streams.set(reply.raw, token);
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      streams.delete(reply.raw);
    });
  });

  if (options.rendererDir && existsSync(options.rendererDir))
    await serveRendererFiles(app, options.rendererDir, (request, reply) =>
      sendError(reply, { code: 'UNKNOWN_METHOD', message: `Adresse inconnue : ${request.url.slice(0, 100)}` }),
    );

  await app.listen({ host: options.host, port: options.port });
  boundPort = (app.server.address() as AddressInfo).port;
  const displayHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${tls ? 'https' : 'http'}://${displayHost === '0.0.0.0' ? '127.0.0.1' : displayHost}:${boundPort}`,
    port: boundPort,
    close: async () => {
      closing = true;
      stopWatchingSessions();
      for (const stream of streams.keys()) stream.end();
      await app.close();
    },
  };
}
