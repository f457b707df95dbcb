import { parseArgs } from 'node:util';
import { chooseDataDir } from '../lib/data-dir.js';
import { CliError } from './cli-io.js';

export const USAGE = `Utilisation : paume <commande> [options]

Commandes :
  serve       sert l'application sur http://127.0.0.1:<port> (mode navigateur)
                --port N (défaut 4750 ; 0 = libre), --demo ; HTTP seulement sur 127.0.0.1
                --host ADRESSE : sert aussi les autres postes du cabinet, en TLS seulement,
                  sur ADRESSE:--tls-port (défaut 4751), postes appairés seulement
                --allow-host NOM (autre nom par lequel les postes joignent ce serveur)
  migrate     crée ou met à jour la base de données
  backup F    sauvegarde complète et chiffrée (base et documents) dans F.sauvegarde, même pendant
                que Paume tourne ; phrase dans PAUME_PHRASE_SAUVEGARDE, sinon demandée au terminal
  seed-demo   remplit une base vide avec des données fictives de démonstration
  restore F   restaure une sauvegarde (de Cabinet ou de paume backup ; phrase comme pour backup) ;
                --dry-run montre ce qu'elle contient (cabinet, documents vérifiés) sans rien changer ;
                --autre-cabinet restaure la sauvegarde d'un autre cabinet (refusée sans)
  pair URL CODE --name NOM --empreinte EMPREINTE  appaire ce poste au poste hôte (code et
                empreinte affichés dans Cabinet › Postes ; rien n'est envoyé à un autre certificat)
  audit verify  vérifie la chaîne du journal d'activité et nomme la première entrée rompue (code 1)
  transcribe F.wav  transcrit un fichier WAV en français (--model FICHIER : modèle whisper.cpp)
  triage CHEMIN     trie un message .eml (ou un dossier de .eml) : une ligne JSON par message
                (avec --data-dir : le protocole et les patients de ce dossier ; sinon le protocole par défaut)
  appel --de NUMÉRO  ouvre « Nouvel appel » avec ce numéro sur le Paume qui tourne (pour le standard
                téléphonique) ; --poste NOM (hôte, ou un poste appairé ; sinon tous), --url (défaut
                http://127.0.0.1:4750) ; compte : PAUME_JETON, ou PAUME_IDENTIFIANT et PAUME_MOT_DE_PASSE
  help        affiche cette aide

Options communes :
  --data-dir DOSSIER   dossier des données (défaut : PAUME_DATA_DIR, sinon ${chooseDataDir({})})
  --demander-cle       demande la clé de secours de la base au démarrage (sinon PAUME_CLE_BASE,
                       sinon la clé gardée dans le dossier des données)`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'tls-port': { type: 'string' },
  'allow-host': { type: 'string', multiple: true },
  demo: { type: 'boolean' },
  model: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'autre-cabinet': { type: 'boolean' },
  'demander-cle': { type: 'boolean' },
  name: { type: 'string' },
  empreinte: { type: 'string' },
  de: { type: 'string' },
  poste: { type: 'string' },
  url: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Parsed = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
/** The options of the command line, as parsed. */
export type CliValues = Parsed['values'];

export function parseCommandLine(argv: readonly string[]): Parsed {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/^.*?: /, 'Option invalide : ')}\n\n${USAGE}`);
  }
}

/** The data folder a command works on; --demo keeps the demonstration apart from real data. */
export function dataDirOf(values: CliValues): string {
  return chooseDataDir({ dataDir: values['data-dir'], demo: values.demo });
}
