import { createRequire } from 'node:module';

/**
 * A library loaded the first time it is used rather than when Paume starts: date-holidays,
 * docxtemplater, mailparser... cost 50 to 120 ms each to load, paid by every start for an area
 * perhaps not opened that day (issue 25).
 *
 * `load` is `() => require('the-library') as typeof Library`, written where the library is used: the bundler sees
 * the name there and bundles the library, still run only when `load` is called. Where `require`
 * does not exist (Node's ES module loader, as under tsx), the library is required by name.
 */
export function onFirstUse<Library>(name: string, load: () => Library): () => Library {
  let library: Library | undefined;
  return () => (library ??= typeof require === 'function' ? load() : (createRequire(import.meta.url)(name) as Library));
}
