import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CliError } from './cli-error.js';
import { suppliedDatabaseKey } from './cli-keys.js';
import { runRestore } from './cli-restore.js';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { backupDatabase } from '../db/backup.js';
import { DataDirBusyError } from './lib/data-dir-lock.js';
import { DatabaseKeyError } from './lib/database-key.js';
import { PairingError, pairWithHost, seatFileIn } from './lib/seat-pairing.js';
import { WrongDatabaseKeyError } from '../db/connection.js';
import { chooseDataDir, databaseFileIn } from './lib/data-dir.js';
import { createLogger } from './lib/logger.js';
import { openPaumeCore, type PaumeCore } from './core/paume-core.js';
import { parsePort, serve, type ServeHandle } from './cli-serve.js';
import { DEMO_PASSWORD, seedDemo } from './services/demo/seed.js';
import { defaultExplainDeps, triageFiles } from './services/inbox/triage-files.js';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Utilisation : paume <commande> [options]

Commandes :
  serve       sert l'application sur http://127.0.0.1:<port> (mode navigateur)
                --port N (défaut 4750 ; 0 = libre), --demo ; HTTP seulement sur 127.0.0.1
                --host ADRESSE : sert aussi les autres postes du cabinet, en TLS seulement,
                  sur ADRESSE:--tls-port (défaut 4751), postes appairés seulement
                --allow-host NOM (autre nom par lequel les postes joignent ce serveur)
  migrate     crée ou met à jour la base de données
  backup F    copie la base dans le fichier F, même pendant que Paume tourne
  seed-demo   remplit une base vide avec des données fictives de démonstration
  restore F   restaure une sauvegarde chiffrée (phrase dans PAUME_PHRASE_SAUVEGARDE) ;
                --dry-run montre ce qu'elle contient sans rien changer
  pair URL CODE --name NOM  appaire ce poste au poste hôte (code affiché dans Cabinet › Postes)
  audit verify  vérifie la chaîne du journal d'activité et nomme la première entrée rompue (code 1)
  transcribe F.wav  transcrit un fichier WAV en français (--model FICHIER : modèle whisper.cpp)
  triage CHEMIN     trie un message .eml (ou un dossier de .eml) : une ligne JSON par message
                (avec --data-dir : le protocole et les patients de ce dossier ; sinon le protocole par défaut)
  help        affiche cette aide

Options communes :
  --data-dir DOSSIER   dossier des données (défaut : PAUME_DATA_DIR, sinon ${chooseDataDir({})})
  --demander-cle       demande la clé de secours de la base au démarrage (sinon PAUME_CLE_BASE,
                       sinon la clé gardée dans le dossier des données)`;

export { CliError };

/** The recovery key given at start, if any (PAUME_CLE_BASE or --demander-cle). */
const suppliedKey = (values: Parsed['values']) =>
  suppliedDatabaseKey({ env: process.env, ask: values['demander-cle'] ?? false });

const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'tls-port': { type: 'string' },
  'allow-host': { type: 'string', multiple: true },
  demo: { type: 'boolean' },
  model: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'demander-cle': { type: 'boolean' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;

function parse(argv: readonly string[]): Parsed {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/^.*?: /, 'Option invalide : ')}\n\n${USAGE}`);
  }
}

/** The data folder a command works on; --demo keeps the demonstration apart from real data. */
export function dataDirOf(values: Parsed['values']): string {
  return chooseDataDir({ dataDir: values['data-dir'], demo: values.demo });
}

async function withCore<T>(
  dataDir: string,
  work: (core: PaumeCore) => T | Promise<T>,
  exclusiveAs?: string,
): Promise<T> {
  const core = await openCore({
    databaseFile: databaseFileIn(dataDir),
    logger: createLogger(),
    ...(exclusiveAs ? { exclusiveAs } : {}),
    suppliedKey: await suppliedDatabaseKey({ env: process.env, ask: false }),
  });
  try {
    return await work(core);
  } finally {
    core.close();
  }
}

export async function printDemoAccounts(core: PaumeCore, io: CliOutput): Promise<void> {
  const accounts = await seedDemo(core.services);
  io.out(`Données de démonstration créées. Comptes (mot de passe commun : ${DEMO_PASSWORD}) :`);
  for (const account of accounts)
    io.out(`  ${account.login.padEnd(18)} ${account.displayName} [${account.roles.join(', ')}]`);
}

/** The core, with a busy data folder said as a command-line error (no stack trace for a person). */
async function openCore(options: Parameters<typeof openPaumeCore>[0]): Promise<PaumeCore> {
  try {
    return await openPaumeCore(options);
  } catch (error) {
    if (
      error instanceof DataDirBusyError ||
      error instanceof DatabaseKeyError ||
      error instanceof WrongDatabaseKeyError
    )
      throw new CliError(error.message);
    throw error;
  }
}

export type { ServeHandle };
export { parsePort };

/** Runs one command; returns the exit code, or a running server for `serve`. */
export async function runCli(argv: readonly string[], io: CliOutput): Promise<number | ServeHandle> {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  const expectArguments = (count: number, what: string) => {
    if (rest.length !== count) throw new CliError(`paume ${command} attend ${what}.\n\n${USAGE}`);
  };
  switch (command) {
    case 'serve':
      expectArguments(0, 'aucun argument');
      return serve(values, io, { openCore, printDemoAccounts, suppliedKey });
    case 'migrate':
      expectArguments(0, 'aucun argument');
      return withCore(
        dataDirOf(values),
        (core) => {
          const { from, to, backupFile } = core.migration;
          io.out(from === to ? `Base déjà à jour (version ${to}).` : `Base mise à jour : version ${from} → ${to}.`);
          if (backupFile) io.out(`Sauvegarde préalable : ${backupFile}`);
          return 0;
        },
        'paume migrate',
      );
    case 'backup': {
      expectArguments(1, 'le fichier de destination : paume backup <fichier>');
      const destination = rest[0] as string;
      return withCore(dataDirOf(values), async (core) => {
        // The chain's head goes into the backup (and stays in the database): a log cut short later is seen.
        const head = core.services.audit.recordHead(`sauvegarde ${destination}`);
        if (head) io.out(`Tête de la chaîne du journal : entrée n° ${head.entryId}, ${head.hash}`);
        await backupDatabase(core.db, destination, (done, total) => {
          io.err(`Sauvegarde : ${done}/${total} pages`);
        });
        io.out(`Sauvegarde écrite : ${destination}`);
        return 0;
      });
    }
    case 'restore':
      expectArguments(1, 'le fichier de sauvegarde : paume restore <fichier.sauvegarde> [--dry-run]');
      return runRestore(
        {
          file: rest[0] as string,
          dataDir: dataDirOf(values),
          dryRun: values['dry-run'] ?? false,
          suppliedKey: await suppliedKey(values),
        },
        io,
      );
    case 'pair': {
      expectArguments(
        2,
        'l’adresse du poste hôte et le code : paume pair https://hote:4751 ABCD-EFGH --name "Accueil 2"',
      );
      const seatName = values.name?.trim();
      if (!seatName)
        throw new CliError('paume pair : donnez le nom de ce poste avec --name (il apparaîtra dans le journal).');
      const dataDir = dataDirOf(values);
      const pin = await pairWithHost({ url: rest[0] as string, code: rest[1] as string, seatName }).catch(
        (error: unknown) => {
          throw error instanceof PairingError ? new CliError(error.message) : error;
        },
      );
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(seatFileIn(dataDir), JSON.stringify(pin, null, 2), { mode: 0o600 });
      io.out(`Poste « ${pin.seatName} » appairé à ${pin.url} (certificat épinglé : ${pin.fingerprint}).`);
      io.out('La fenêtre Paume de ce poste ouvre désormais le poste hôte.');
      return 0;
    }
    case 'audit':
      if (rest.length !== 1 || rest[0] !== 'verify')
        throw new CliError(`paume audit attend « verify » : paume audit verify\n\n${USAGE}`);
      return withCore(dataDirOf(values), (core) => {
        const report = core.services.audit.verifyChain();
        const broken = report.firstBroken;
        if (broken) {
          io.err(
            `Chaîne du journal ROMPUE à l'entrée n° ${broken.entryId}${broken.action ? ` (${broken.at}, ${broken.action})` : ''} : ${broken.reason}.`,
          );
          io.err(`${report.entries} entrées lues ; les entrées avant n° ${broken.entryId} sont intactes.`);
          return 1;
        }
        io.out(
          `Chaîne du journal intacte : ${report.entries} entrées vérifiées en ${report.milliseconds} ms${report.head ? ` (tête : entrée n° ${report.head.entryId}, ${report.head.hash})` : ''}.`,
        );
        return 0;
      });
    case 'seed-demo':
      expectArguments(0, 'aucun argument');
      return withCore(
        dataDirOf(values),
        async (core) => {
          await printDemoAccounts(core, io);
          return 0;
        },
        'paume seed-demo',
      );
    case 'transcribe': {
      expectArguments(1, 'le fichier à transcrire : paume transcribe <fichier.wav>');
      const file = rest[0] as string;
      if (!existsSync(file)) throw new CliError(`Fichier introuvable : ${file}`);
      if (values.model) process.env.PAUME_WHISPER_MODEL = values.model;
      return withCore(dataDirOf(values), async (core) => {
        const started = performance.now();
        io.err('Transcription en cours…');
        const result = await core.services.dictation.transcribeWav(readFileSync(file), null);
        io.out(result.text || '(aucune parole reconnue)');
        io.err(
          `${result.receivedSeconds.toFixed(1)} s d'audio, ${result.speechSeconds.toFixed(1)} s de parole détectée, ${((performance.now() - started) / 1000).toFixed(1)} s de calcul`,
        );
        return 0;
      });
    }
    case 'triage': {
      expectArguments(1, 'un fichier .eml ou un dossier : paume triage <chemin>');
      const path = rest[0] as string;
      if (!existsSync(path)) throw new CliError(`Fichier ou dossier introuvable : ${path}`);
      const printAll = async (deps: ReturnType<typeof defaultExplainDeps>) => {
        for await (const line of triageFiles(path, deps)) io.out(JSON.stringify(line));
        return 0;
      };
      if (values['data-dir'] === undefined && !values.demo) return printAll(defaultExplainDeps());
      return withCore(dataDirOf(values), (core) => printAll(core.services.inbox.explainDeps()));
    }
    default:
      throw new CliError(`Commande inconnue : « ${command} ».\n\n${USAGE}`);
  }
}
