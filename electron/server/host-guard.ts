/**
 * Only pages served by Paume itself may talk to Paume. A web page open in the same browser could
 * otherwise post to 127.0.0.1 (CSRF), or reach it through a hostname it controls that resolves to
 * 127.0.0.1 (DNS rebinding). So the Host header must name this server, and an Origin, when the
 * browser sends one, must be this server's own.
 */
export function createHostGuard(allowedHosts: () => ReadonlySet<string>) {
  return {
    refusal(headers: { host?: string | undefined; origin?: string | undefined }): string | null {
      const allowed = allowedHosts();
      const host = headers.host?.toLowerCase();
      if (!host || !allowed.has(host))
        return `Hôte refusé : « ${(host ?? '').slice(0, 100)} » n’est pas ce serveur Paume.`;
      const origin = headers.origin;
      if (origin !== undefined && origin !== 'null') {
        let originHost: string;
        try {
          const url = new URL(origin);
          originHost = url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : '';
        } catch {
          originHost = '';
        }
        if (!allowed.has(originHost))
          return `Origine refusée : « ${origin.slice(0, 100)} » n’est pas ce serveur Paume.`;
      } else if (origin === 'null') {
        return 'Origine refusée : page sans origine.';
      }
      return null;
    },
  };
}

/** The host:port spellings under which this server is legitimately reached. */
export function hostSpellings(boundHost: string, port: number, extraHosts: readonly string[]): Set<string> {
  const names = new Set<string>([boundHost, ...extraHosts]);
  if (['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].includes(boundHost)) {
    names.add('127.0.0.1').add('localhost').add('[::1]');
  }
  return new Set(
    [...names].map((name) =>
      `${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${port}`.toLowerCase(),
    ),
  );
}
