import type { Logger } from 'pino';
import type { PaumeCore } from '../core/paume-core.js';
import { ensurePracticeTls } from '../lib/practice-tls.js';
import { startHttpServer, type RunningServer } from './http-server.js';

/**
 * The practice network (issue 14): the same app and API as on loopback, over TLS only, with the
 * practice's own certificate, for paired seats only. The host's own window and browser keep
 * plain HTTP on 127.0.0.1.
 */
export async function startPracticeNetwork(options: {
  core: PaumeCore;
  logger: Logger;
  dataDir: string;
  host: string;
  port: number;
  extraHosts: readonly string[];
  rendererDir: string;
  version: string;
}): Promise<{ server: RunningServer; caFingerprint: string; serverFingerprint: string }> {
  const tls = await ensurePracticeTls(
    options.dataDir,
    [options.host, ...options.extraHosts],
    options.core.transports.practiceName(),
  );
  const server = await startHttpServer({
    core: options.core,
    logger: options.logger,
    host: options.host,
    port: options.port,
    extraHosts: options.extraHosts,
    rendererDir: options.rendererDir,
    version: options.version,
    tls: { keyPem: tls.keyPem, certPem: tls.certPem, caPem: tls.caPem },
  });
  options.core.transports.announceNetwork({
    urls: [server.url, ...options.extraHosts.map((name) => `https://${name}:${server.port}`)],
    caPem: tls.caPem,
    caFingerprint: tls.caFingerprint,
    serverFingerprint: tls.fingerprint,
  });
  return { server, caFingerprint: tls.caFingerprint, serverFingerprint: tls.fingerprint };
}
