/** Event streams one session may hold open: a few tabs; the oldest is closed beyond (issue 27 item 11). */
export const MAX_STREAMS_PER_SESSION = 8;
/** Sockets the server holds at most: beyond, new ones are refused until some close. */
export const MAX_CONNECTIONS = 512;

/**
 * How often Node looks for sockets past their header or request time. Its default (30 s) let
 * 500 slowloris sockets live over a minute (issue 27 item 11): the timeouts bite within a second.
 */
const TIMEOUT_CHECK_MS = 1_000;

/**
 * Fastify's options against slow clients (slowloris, issue 27 item 11): a socket that sends its
 * headers or its body too slowly is closed. requestTimeout bounds receiving a request, not the
 * reply, so long event streams stay open.
 */
export function slowClientLimits(
  tls: { readonly keyPem: string; readonly certPem: string } | null,
  requestTimeoutMs = 60_000,
) {
  return {
    keepAliveTimeout: 5_000,
    requestTimeout: requestTimeoutMs,
    ...(tls
      ? { https: { key: tls.keyPem, cert: tls.certPem, connectionsCheckingInterval: TIMEOUT_CHECK_MS } }
      : { http: { connectionsCheckingInterval: TIMEOUT_CHECK_MS } }),
  };
}
