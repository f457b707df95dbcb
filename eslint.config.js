// The layers of HOUSE.md, enforced here rather than remembered (issue 8). From the bottom up:
//   electron/lib       small helpers; imports nothing of Paume
//   db                 the connection and migrations; imports lib
//   electron/api       the contract; imports lib and libraries only
//   services/<area>    one capability; imports api, lib, db, and other areas only as types
//                      (their exported service type), never another area's store
//   electron/core      opens the database and lists the areas
//   server, main, preload, cli, bin sit on top; only main and preload import Electron.
//   renderer           the French UI; knows the contract and its own code, nothing of Node.
// tests/unit/layer-rules.test.ts feeds each rule a file that breaks it.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const ELECTRON = {
  name: 'electron',
  message: 'Seuls electron/main et electron/preload importent Electron (HOUSE.md règle 4).',
};

/** One `no-restricted-imports` setting: Electron refused, and the listed folders. */
function layer(message, groups, { electron = true, paths = [], patterns = [] } = {}) {
  return [
    'error',
    {
      paths: [...(electron ? [ELECTRON] : []), ...paths],
      patterns: [...(groups.length > 0 ? [{ group: groups, message }] : []), ...patterns],
    },
  ];
}

const TOP = ['**/server/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli', '**/cli.js', '**/bin/**'];
const areas = readdirSync(new URL('./electron/services/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  // tests/lint-fixtures/ holds code that breaks the rules on purpose (tests/unit/layer-rules.test.ts).
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'release/**',
      'build/**',
      'tests/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `onClick={() => save()}` reads well; a void value used anywhere else is still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Numbers and booleans read fine in French messages and SQL-free strings.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      'no-restricted-imports': layer('', []),
    },
  },
  {
    files: ['electron/lib/**'],
    rules: {
      'no-restricted-imports': layer('electron/lib n’importe rien de Paume : ce sont les fondations.', ['../**']),
    },
  },
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': layer('db/ n’importe que electron/lib.', [
        '**/electron/api/**',
        '**/electron/services/**',
        '**/electron/core/**',
        ...TOP,
      ]),
    },
  },
  {
    files: ['electron/api/**'],
    rules: {
      'no-restricted-imports': layer('Le contrat (electron/api) n’importe que electron/lib et des bibliothèques.', [
        '**/services/**',
        '**/core/**',
        '**/db/**',
        ...TOP,
      ]),
    },
  },
  {
    files: ['electron/services/**'],
    rules: {
      'no-restricted-imports': layer(
        'Un service est du Node pur : ni core, ni transports, ni renderer (HOUSE.md).',
        ['**/core/**', ...TOP],
        {
          // Not even its types: another area's store is its private SQL.
          patterns: [
            {
              group: ['../*/store', '../*/store.js', '../*/*-store', '../*/*-store.js'],
              message: 'Le store d’une autre zone est son SQL privé : passez par son service.',
            },
          ],
        },
      ),
    },
  },
  // Each area reaches another only through its exported service type: a value import would wire
  // areas together behind core's back, and another area's store is its private SQL.
  ...areas.map((area) => ({
    files: [`electron/services/${area}/**`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: areas.filter((other) => other !== area).map((other) => `../${other}/**`),
              allowTypeImports: true,
              message:
                'Une zone n’utilise une autre zone que par le type de son service (import type) ; core les relie.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': layer(
        'electron/core ouvre la base et liste les zones ; il ne connaît ni transports ni renderer.',
        TOP,
      ),
    },
  },
  {
    files: ['electron/server/**'],
    rules: {
      'no-restricted-imports': layer('Le transport HTTP ne dépend ni de la fenêtre Electron ni du renderer.', [
        '**/main/**',
        '**/preload/**',
        '**/renderer/**',
        '**/cli',
        '**/cli.js',
        '**/bin/**',
      ]),
    },
  },
  {
    files: ['electron/cli.ts', 'electron/bin/**'],
    rules: {
      'no-restricted-imports': layer('La ligne de commande ne charge ni la fenêtre ni le renderer.', [
        '**/main/**',
        '**/preload/**',
        '**/renderer/**',
      ]),
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': layer(
        'La coquille Electron ne charge pas le renderer : elle le sert.',
        ['**/renderer/**'],
        { electron: false },
      ),
      // The bundle is CommonJS; Electron is loaded with require() there (see electron/main/index.ts).
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': layer(
        'Le renderer ne connaît que le contrat (electron/api) via son client.',
        [
          '**/electron/services/**',
          '**/electron/server/**',
          '**/electron/main/**',
          '**/electron/preload/**',
          '**/electron/core/**',
          '**/electron/lib/**',
          '**/db/**',
        ],
        {
          paths: [
            { name: 'electron', message: 'Le renderer ne parle qu’au client API (HOUSE.md).' },
            ...nodeBuiltins.map((name) => ({ name, message: 'Le renderer n’importe aucun module Node.' })),
          ],
          electron: false,
        },
      ),
    },
  },
  {
    files: ['renderer/**/*.worklet.js'],
    languageOptions: { globals: { ...globals.audioWorklet } },
  },
  {
    // Matchers such as expect.any(String) are typed `any` by Vitest and Playwright, and fakes
    // implement async interfaces without awaiting anything.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Playwright fixtures without dependencies must destructure an empty object.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
