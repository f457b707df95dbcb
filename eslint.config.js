// Layers of HOUSE.md rule 4, enforced here rather than remembered:
// the renderer imports no Node or Electron module; services and the rest of the Node side never
// import Electron; only electron/main and electron/preload may.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Seuls electron/main et electron/preload importent Electron (HOUSE.md règle 4).' }] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Le renderer ne parle qu’au client API (HOUSE.md).' }, ...nodeBuiltins.map((name) => ({ name, message: 'Le renderer n’importe aucun module Node.' }))],
          patterns: [
            { group: ['**/electron/services/**', '**/electron/server/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/core/**', '**/db/**'], message: 'Le renderer ne connaît que le contrat (electron/api) via son client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Un service est du Node pur (HOUSE.md).' }],
          patterns: [{ group: ['**/renderer/**', '**/server/**', '**/main/**', '**/preload/**'], message: 'Un service ne dépend ni du renderer ni des transports.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.worklet.js'],
    languageOptions: { globals: { ...globals.audioWorklet } },
  },
  {
    // Playwright fixtures without dependencies must destructure an empty object.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
