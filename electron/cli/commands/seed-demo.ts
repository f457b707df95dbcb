import type { PaumeCore } from '../../core/paume-core.js';
import type { CliOutput } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';
import { withCore } from '../open-core.js';
import { dataDirOf } from '../options.js';

/** Fills an empty database with the demonstration and prints its accounts (also `serve --demo`). */
export async function printDemoAccounts(core: PaumeCore, io: CliOutput): Promise<void> {
  const accounts = await seedDemo(core.services);
  io.out(`Données de démonstration créées. Comptes (mot de passe commun : ${DEMO_PASSWORD}) :`);
  for (const account of accounts)
    io.out(`  ${account.login.padEnd(18)} ${account.displayName} [${account.roles.join(', ')}]`);
}

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  run: ({ values, io, expectArguments }) => {
    expectArguments(0, 'aucun argument');
    return withCore(
      dataDirOf(values),
      async (core) => {
        await printDemoAccounts(core, io);
        return 0;
      },
      'paume seed-demo',
    );
  },
};
