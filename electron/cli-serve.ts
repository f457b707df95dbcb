import type { CliOutput } from './cli.js';
import { CliError } from './cli-error.js';
import type { openPaumeCore, PaumeCore } from './core/paume-core.js';
import { chooseDataDir, databaseFileIn } from './lib/data-dir.js';
import { createLogger } from './lib/logger.js';
import { packagePath } from './lib/package-path.js';
import { PAUME_VERSION } from './lib/version.js';
import { startHttpServer, type RunningServer } from './server/http-server.js';
import { startPracticeNetwork } from './server/practice-network.js';

/** The options `paume serve` reads (the CLI's parsed values, loosely typed to avoid a cycle). */
interface ServeValues {
  readonly 'data-dir'?: string | undefined;
  readonly demo?: boolean | undefined;
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly 'tls-port'?: string | undefined;
  readonly 'allow-host'?: string[] | undefined;
}

/** What `paume serve` borrows from the CLI: opening the core, the demo accounts, the key given at start. */
interface ServeNeeds {
  openCore(options: Parameters<typeof openPaumeCore>[0]): Promise<PaumeCore>;
  printDemoAccounts(core: PaumeCore, io: CliOutput): Promise<void>;
  suppliedKey(values: ServeValues): Promise<Buffer | null>;
}

export function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new CliError(`--port : « ${raw} » n'est pas un port valide (0 à 65535).`);
  return port;
}

export interface ServeHandle {
  readonly server: RunningServer;
  /** The practice network's TLS server (--host), if started. */
  readonly network: RunningServer | null;
  readonly core: PaumeCore;
  stop(): Promise<void>;
}

export async function serve(values: ServeValues, io: CliOutput, needs: ServeNeeds): Promise<ServeHandle> {
  const dataDir = chooseDataDir({ dataDir: values['data-dir'], demo: values.demo });
  const logger = createLogger();
  const core = await needs.openCore({
    databaseFile: databaseFileIn(dataDir),
    logger,
    exclusiveAs: 'paume serve',
    backgroundWork: true,
    suppliedKey: await needs.suppliedKey(values),
    say: (line) => io.out(line),
  });
  try {
    if (core.migration.backupFile) io.out(`Sauvegarde avant mise à jour de la base : ${core.migration.backupFile}`);
    if (values.demo && core.services.setup.status().needsSetup) await needs.printDemoAccounts(core, io);
    // Plain HTTP on loopback only: the host's own window and browser. Other seats: TLS (--host).
    const server = await startHttpServer({
      core,
      logger,
      host: '127.0.0.1',
      port: parsePort(values.port, 4750),
      rendererDir: packagePath('dist', 'renderer'),
      version: PAUME_VERSION,
    });
    const network = values.host
      ? await startPracticeNetwork({
          core,
          logger,
          dataDir,
          host: values.host,
          port: parsePort(values['tls-port'], 4751),
          extraHosts: values['allow-host'] ?? [],
          rendererDir: packagePath('dist', 'renderer'),
          version: PAUME_VERSION,
        }).catch(async (error: unknown) => {
          await server.close();
          throw error;
        })
      : null;
    // The network line first: whoever waits for « Paume est prêt » finds both addresses.
    if (network)
      io.out(
        `Réseau du cabinet : ${network.server.url}  (certificat du cabinet, empreinte SHA-256 ${network.caFingerprint})`,
      );
    io.out(`Paume est prêt : ${server.url}  (données : ${dataDir})`);
    return {
      server,
      network: network?.server ?? null,
      core,
      stop: async () => {
        await network?.server.close();
        await server.close();
        core.close();
      },
    };
  } catch (error) {
    core.close();
    if ((error as { code?: string }).code === 'EADDRINUSE')
      throw new CliError(`Le port ${values.port ?? 4750} est déjà utilisé : choisissez-en un autre avec --port.`);
    throw error;
  }
}
