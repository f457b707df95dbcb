import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A folder the export wrote before issue 27, complete or left halfway. */
const EXPORT_FOLDER = /^dossier-\d+-\d{8}-\d{6}(\.en-cours-\d+)?$/;

/**
 * Until issue 27 each right-of-access export also left its folder (the patient's data and
 * documents, in clear) in `exports/` of the data folder, outside the encryption at rest, and
 * nothing removed it. The patient was given the .zip; these copies go when Paume starts, and the
 * `exports/` folder with them once empty. Only folders named as the export named them are touched.
 * Returns how many went.
 */
export function removeLeftoverExports(dataDir: string): number {
  const folder = join(dataDir, 'exports');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  const leftovers = names.filter((name) => EXPORT_FOLDER.test(name));
  for (const name of leftovers) rmSync(join(folder, name), { recursive: true, force: true });
  try {
    if (readdirSync(folder).length === 0) rmdirSync(folder);
  } catch {
    // Another process may be reading it: the copies are gone, the empty folder can stay.
  }
  return leftovers.length;
}
