import { startHttpServer, type RunningServer } from '../../electron/server/http-server.js';
import { createLogger } from '../../electron/lib/logger.js';
import type { PaumeCore } from '../../electron/core/paume-core.js';

export async function startTestServer(
  core: PaumeCore,
  timeouts: { headersTimeoutMs?: number; requestTimeoutMs?: number } = {},
): Promise<RunningServer> {
  return startHttpServer({
    core,
    logger: createLogger('silent'),
    host: '127.0.0.1',
    port: 0,
    version: 'test',
    ...timeouts,
  });
}

export interface HttpAnswer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string; fields?: Record<string, string> } };
  setCookie: string | null;
}

/** A raw HTTP client: what any program on the machine could send. */
export function httpClient(server: RunningServer) {
  let cookie: string | null = null;
  return {
    async post(method: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
      const response = await fetch(`${server.url}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0] ?? null;
      return { status: response.status, body: (await response.json()) as HttpAnswer['body'], setCookie };
    },
    forgetCookie: () => {
      cookie = null;
    },
  };
}
