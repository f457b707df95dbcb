// The import graph has no cycle (HOUSE.md rule 4, issue 21), type-only imports included: a type
// that two modules need belongs in a third one they both import. Usage:
//   node scripts/import-cycles.mjs [folder…]   (default: electron renderer db)
// Prints each cycle as a chain of files and exits 1 if there is one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts)$/;

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names (`./x.js` is `./x.ts` in the sources), or null. */
function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`];
  candidates.push(join(base, 'index.ts'), join(base, 'index.tsx'));
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/** Every file's relative imports (values, types, re-exports, dynamic imports). */
export function importGraph(folders) {
  const graph = new Map();
  for (const file of folders.flatMap((folder) => sourceFiles(resolve(folder)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolveRelative(file, name))
      .filter((target) => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The graph's cycles: Tarjan's strongly connected components, each shown as one closed chain. */
export function findCycles(graph) {
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (node) => {
    indexOf.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indexOf.get(next)));
    }
    if (low.get(node) === indexOf.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return components.map((component) => chainThrough(graph, new Set(component), component[0]));
}

/** One closed path through a component, from `start` back to it: what a person reads to fix it. */
function chainThrough(graph, members, start) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const chain = [start];
        for (let at = node; at !== start; at = previous.get(at)) chain.splice(1, 0, at);
        return [...chain, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const folders = process.argv.length > 2 ? process.argv.slice(2) : ['electron', 'renderer', 'db'];
  const cycles = findCycles(importGraph(folders));
  for (const cycle of cycles)
    console.error(`Cycle d’imports : ${cycle.map((file) => relative(process.cwd(), file)).join(' → ')}`);
  if (cycles.length > 0) {
    console.error(
      `${cycles.length} cycle(s) : déplacez le type ou la fonction partagée dans un module que les deux importent.`,
    );
    process.exit(1);
  }
  console.log(`Aucun cycle d’imports (${folders.join(', ')}).`);
}
