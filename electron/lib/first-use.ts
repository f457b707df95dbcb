import { createRequire } from 'node:module';

/**
 * A library loaded the first time it is used rather than when Paume starts: date-holidays,
 * docxtemplater, mailparser... cost 50 to 120 ms each to load, paid by every start for an area
 * perhaps not opened that day (issue 25).
 *
 * `load` is `() => require('the-library')`, written where the library is used: the bundler sees
 * the name there and bundles the library, still run only when `load` is called. Where `require`
 * does not exist (Node's ES module loader, as under tsx), the library is required by name.
 */
// `Library` is the type the caller states for what require() returns untyped: one use is the point.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function onFirstUse<Library>(name: string, load: () => unknown): () => Library {
  let library: unknown;
  return () => {
    library ??= typeof require === 'function' ? load() : createRequire(import.meta.url)(name);
    return library as Library;
  };
}
