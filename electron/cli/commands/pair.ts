import { mkdirSync, writeFileSync } from 'node:fs';
import { PairingError, pairWithHost, seatFileIn } from '../../lib/seat-pairing.js';
import { CliError } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { dataDirOf } from '../options.js';

/** `paume pair URL CODE --name NOM --empreinte EMPREINTE`: checks the host's certificate, then pins the host's certificate; this seat's window then opens the host. */
export const pairCommand: CliCommand = {
  name: 'pair',
  run: async ({ args, values, io, expectArguments }) => {
    expectArguments(
      2,
      'l’adresse du poste hôte et le code : paume pair https://hote:4751 ABCD-EFGH --name "Accueil 2" --empreinte "A1B2 C3D4 E5F6 0718 293A"',
    );
    const seatName = values.name?.trim();
    if (!seatName)
      throw new CliError('paume pair : donnez le nom de ce poste avec --name (il apparaîtra dans le journal).');
    const dataDir = dataDirOf(values);
    const hostFingerprint = values.empreinte?.trim();
    if (!hostFingerprint)
      throw new CliError(
        'paume pair : donnez avec --empreinte les 20 caractères affichés sur le poste hôte à côté du code (ils prouvent que c’est bien lui).',
      );
    const pin = await pairWithHost({
      url: args[0] as string,
      code: args[1] as string,
      seatName,
      hostFingerprint,
    }).catch((error: unknown) => {
      throw error instanceof PairingError ? new CliError(error.message) : error;
    });
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(seatFileIn(dataDir), JSON.stringify(pin, null, 2), { mode: 0o600 });
    io.out(`Poste « ${pin.seatName} » appairé à ${pin.url} (certificat épinglé : ${pin.fingerprint}).`);
    io.out('La fenêtre Paume de ce poste ouvre désormais le poste hôte.');
    return 0;
  },
};
