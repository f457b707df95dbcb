// The layers of HOUSE.md as an allowlist (issue 21): each layer names what it MAY import, so a
// file is covered the day it is created, and a file that belongs to no layer is itself refused.
// VS Code's `code-import-patterns` is the model. tests/unit/layer-rules.test.ts feeds every
// layer a file that breaks its rule and one that keeps it.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * Each layer: the layers it may import, those it may reach for types only, whether Electron and
 * Node's own modules are allowed, and the French sentence said when a rule is broken.
 * `area` is one folder of electron/services; `own-area` is the file's own folder there.
 */
export const LAYERS = {
  lib: { may: ['lib'], node: true, says: 'electron/lib n’importe rien de Paume : ce sont les fondations.' },
  db: { may: ['db', 'lib'], node: true, says: 'db/ n’importe que electron/lib.' },
  contract: {
    may: ['contract', 'lib'],
    node: false,
    says: 'Le contrat partagé (electron/api/common) est lu aussi par le renderer : ni Node, ni services, ni répartiteur.',
  },
  dispatch: {
    may: ['dispatch', 'contract', 'lib'],
    node: true,
    says: 'Le répartiteur (electron/api/node) ne connaît que le contrat et electron/lib.',
  },
  'services-root': {
    may: ['contract', 'dispatch', 'lib', 'db'],
    node: true,
    says: 'electron/services/area.ts décrit ce qu’une zone reçoit : contrat, répartiteur, lib, db.',
  },
  area: {
    may: ['own-area', 'services-root', 'contract', 'dispatch', 'lib', 'db'],
    typesOnly: ['area'],
    node: true,
    says: 'Une zone est du Node pur ; une autre zone ne s’utilise que par le type de ce qu’elle offre (import type), jamais son store.',
  },
  core: {
    may: ['core', 'area', 'services-root', 'contract', 'dispatch', 'lib', 'db'],
    node: true,
    says: 'electron/core ouvre la base et relie les zones ; il ne connaît ni transports ni renderer.',
  },
  server: {
    may: ['server', 'core', 'contract', 'dispatch', 'lib'],
    typesOnly: ['area'],
    node: true,
    says: 'Le transport HTTP passe par le cœur et le répartiteur : ni fenêtre Electron, ni CLI, ni renderer.',
  },
  main: {
    may: ['main', 'core', 'contract', 'dispatch', 'lib'],
    node: true,
    electron: true,
    says: 'La coquille Electron passe par le cœur et le répartiteur ; elle sert le renderer sans l’importer.',
  },
  preload: {
    may: ['preload', 'contract'],
    node: false,
    electron: true,
    says: 'Le preload (bac à sable) ne connaît que le contrat partagé et Electron.',
  },
  cli: {
    may: ['cli', 'core', 'server', 'area', 'services-root', 'contract', 'dispatch', 'lib', 'db'],
    node: true,
    says: 'La ligne de commande ne charge ni la fenêtre Electron ni le renderer.',
  },
  renderer: {
    may: ['renderer', 'contract'],
    node: false,
    says: 'Le renderer ne connaît que le contrat partagé (electron/api/common) et son propre code.',
  },
};

/** The layer of a file by its path from the repository root, or null (tests, benches, scripts). */
export function layerOf(path) {
  const file = path.split(sep).join('/');
  if (file.replace(/\.[cm]?[jt]sx?$/, '') === 'electron/services/area') return { layer: 'services-root' };
  const area = /^electron\/services\/([^/]+)\//.exec(file);
  if (area) return { layer: 'area', area: area[1] };
  const folders = [
    ['electron/lib/', 'lib'],
    ['db/', 'db'],
    ['electron/api/common/', 'contract'],
    ['electron/api/node/', 'dispatch'],
    ['electron/core/', 'core'],
    ['electron/server/', 'server'],
    ['electron/main/', 'main'],
    ['electron/preload/', 'preload'],
    ['electron/cli/', 'cli'],
    ['renderer/', 'renderer'],
  ];
  for (const [folder, layer] of folders) if (file.startsWith(folder)) return { layer };
  if (file.startsWith('electron/')) return { layer: 'none' };
  return null;
}

const isStore = (file) => /(^|\/)([a-z-]+-)?store(\.[jt]sx?)?$/.test(file.replace(/\.(d\.)?[jt]sx?$/, ''));

/** Why `importer` may not import `target` (a repository path), or null when it may. */
export function refusal(importer, target, { typeOnly }) {
  const from = layerOf(importer);
  const to = layerOf(target);
  if (!from || from.layer === 'none' || !to) return null;
  const rule = LAYERS[from.layer];
  if (to.layer === 'none') return `${target} n’est dans aucune couche (HOUSE.md) : rangez-le dans l’une d’elles.`;
  const sameArea = from.layer === 'area' && to.layer === 'area' && from.area === to.area;
  const name = sameArea ? 'own-area' : to.layer;
  if (to.layer === 'area' && !sameArea && isStore(target))
    return 'Le store d’une autre zone est son SQL privé : passez par ce que la zone offre.';
  if (rule.may.includes(name)) return null;
  if (typeOnly && (rule.typesOnly ?? []).includes(name)) return null;
  return rule.says;
}

/** Why a package may not be imported by `importer`, or null. */
export function packageRefusal(importer, specifier) {
  const from = layerOf(importer);
  if (!from || from.layer === 'none') return null;
  const rule = LAYERS[from.layer];
  if (specifier === 'electron' || specifier.startsWith('electron/'))
    return rule.electron ? null : 'Seuls electron/main et electron/preload importent Electron (HOUSE.md règle 4).';
  const bare = specifier.split('/')[0];
  if (!rule.node && (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(bare)))
    return `${rule.says} (module Node « ${specifier} »)`;
  return null;
}

const isTypeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what HOUSE.md allows it (an allowlist).' },
    schema: [],
  },
  create(context) {
    const importer = relative(ROOT, context.filename);
    if (layerOf(importer)?.layer === 'none') {
      return {
        Program(node) {
          context.report({
            node,
            message: `${importer} n’est dans aucune couche (HOUSE.md) : rangez-le dans l’une d’elles.`,
          });
        },
      };
    }
    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return;
      const specifier = source.value;
      const message = specifier.startsWith('.')
        ? refusal(importer, relative(ROOT, resolve(dirname(context.filename), specifier)), { typeOnly })
        : packageRefusal(importer, specifier);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument, true),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0], false);
      },
    };
  },
};

export default { rules: { 'layer-imports': layerImports } };
