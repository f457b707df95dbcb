// The layers of HOUSE.md are enforced here rather than remembered (issues 8 and 21), as an
// allowlist written in scripts/eslint-layers.mjs: each layer names what it may import, a file in
// no layer is refused, and scripts/import-cycles.mjs (run by `npm run lint`) refuses any cycle.
// tests/unit/layer-rules.test.ts feeds each layer a file that breaks its rule.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import paumeLayers from './scripts/eslint-layers.mjs';

// A local day cut out of an ISO instant is the UTC day: yesterday between midnight and
// 1 a.m. in Paris (2 a.m. in summer). Issue 22: one helper, electron/api/common/paris-day.ts.
// End-to-end tests too: they run on the real clock, and a UTC « today » fails them at 00:30.
const LOCAL_DAY_RULE = [
  'error',
  {
    selector:
      "CallExpression[callee.property.name=/^(slice|substring|substr|split)$/][callee.object.type='CallExpression'][callee.object.callee.property.name=/^(toISOString|toJSON)$/]",
    message:
      'Un jour découpé dans toISOString() est le jour UTC (la veille entre minuit et 1 h à Paris) : parisToday(), parisDayOf() ou shiftDay() de electron/api/common/paris-day.ts.',
  },
  {
    // The same through the clock's ISO helper: isoAt(clock).slice(0, 10) is the UTC day too.
    selector:
      "CallExpression[callee.property.name=/^(slice|substring|substr)$/][arguments.1.value=10][callee.object.type='CallExpression'][callee.object.callee.name='isoAt']",
    message:
      'isoAt(clock).slice(0, 10) est le jour UTC (la veille entre minuit et 1 h à Paris) : parisToday(clock) de electron/api/common/paris-day.ts.',
  },
  {
    selector: "CallExpression[callee.property.name='toLocaleDateString'][arguments.0.value='en-CA']",
    message: 'Le jour de Paris vient d’un seul endroit : electron/api/common/paris-day.ts.',
  },
];

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
    },
  },
  {
    files: ['electron/**/*.{ts,tsx,mts}', 'db/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { paume: paumeLayers },
    rules: {
      'paume/layer-imports': 'error',
      'no-restricted-syntax': LOCAL_DAY_RULE,
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: {
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
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-restricted-syntax': LOCAL_DAY_RULE },
  },
  {
    // Heavy libraries are required where first used, through lib/first-use.ts (issue 25): only
    // these, each named, so an ordinary import cannot slip into a require().
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      '@typescript-eslint/no-require-imports': [
        'error',
        {
          allow: [
            '^date-holidays$',
            '^docxtemplater(/js/inspect-module\\.js)?$',
            '^pizzip$',
            '^imapflow$',
            '^mailparser$',
            '^nodemailer(/lib/mail-composer/index\\.js)?$',
            '^sanitize-html$',
          ],
        },
      ],
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
