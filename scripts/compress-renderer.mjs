// Prepares dist/renderer's text files compressed, once, at build time (issue 25): `paume serve`
// sends file.br or file.gz as they are (@fastify/static preCompressed) instead of compressing
// every request or sending 1.3 MB of script uncompressed.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// A folder may be named (the tests compress their own); by default the built renderer.
const root = process.argv[2] ?? new URL('../dist/renderer/', import.meta.url).pathname;
const COMPRESSIBLE = /\.(js|css|html|svg|json|map|txt)$/;

function* filesUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else if (COMPRESSIBLE.test(name) && !name.endsWith('.map')) yield path;
  }
}

let before = 0;
let after = 0;
for (const file of filesUnder(root)) {
  const content = readFileSync(file);
  // Tiny files gain nothing worth a second lookup.
  if (content.length < 1024) continue;
  const brotli = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  before += content.length;
  after += brotli.length;
}
console.log(`renderer compressé : ${(before / 1024).toFixed(0)} Ko → ${(after / 1024).toFixed(0)} Ko (brotli)`);
