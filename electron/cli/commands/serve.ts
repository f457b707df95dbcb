import type { PaumeCore } from '../../core/paume-core.js';
import { databaseFileIn } from '../../lib/data-dir.js';
import { createLogger } from '../../lib/logger.js';
import { packagePath } from '../../lib/package-path.js';
import { PAUME_VERSION } from '../../lib/version.js';
import { startHttpServer, type RunningServer } from '../../server/http-server.js';
import { CliError, type CliOutput } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { openCore, suppliedKey } from '../open-core.js';
import { dataDirOf, type CliValues } from '../options.js';
import { printDemoAccounts } from './seed-demo.js';

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

/** `paume serve`: the app on 127.0.0.1 (browser mode), and with --host the practice's other seats over TLS. */
export async function serve(values: CliValues, io: CliOutput): Promise<ServeHandle> {
  const dataDir = dataDirOf(values);
  const logger = createLogger();
  const core = await openCore({
    databaseFile: databaseFileIn(dataDir),
    logger,
    exclusiveAs: 'paume serve',
    backgroundWork: true,
    suppliedKey: await suppliedKey(values),
    say: (line) => io.out(line),
  });
  try {
    if (core.migration.backupFile) io.out(`Sauvegarde avant mise à jour de la base : ${core.migration.backupFile}`);
    if (values.demo && core.services.setup.status().needsSetup) await printDemoAccounts(core, io);
    // Plain HTTP on loopback only: the host's own window and browser. Other seats: TLS (--host).
    const server = await startHttpServer({
      core,
      logger,
      host: '127.0.0.1',
      port: parsePort(values.port, 4750),
      rendererDir: packagePath('dist', 'renderer'),
      version: PAUME_VERSION,
    });
    // The practice network (TLS, certificates: @peculiar/x509) is loaded only with --host.
    const network = values.host
      ? await (
          await import('../../server/practice-network.js')
        )
          .startPracticeNetwork({
            core,
            logger,
            dataDir,
            host: values.host,
            port: parsePort(values['tls-port'], 4751),
            extraHosts: values['allow-host'] ?? [],
            rendererDir: packagePath('dist', 'renderer'),
            version: PAUME_VERSION,
          })
          .catch(async (error: unknown) => {
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

export const serveCommand: CliCommand<ServeHandle> = {
  name: 'serve',
  run: ({ values, io, expectArguments }) => {
    expectArguments(0, 'aucun argument');
    return serve(values, io);
  },
};
