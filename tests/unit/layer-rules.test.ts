import { spawnSync } from 'node:child_process';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * HOUSE.md rule 4 is only real if the linter bites (issues 8 and 21): each layer rule is fed a file that
 * breaks it, and the file next door that keeps it. The import rules need no type information,
 * so the code is linted as text at the path it would have.
 */
const importLinter = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });
const IMPORT_RULES = new Set(['paume/layer-imports']);

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await importLinter.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && IMPORT_RULES.has(message.ruleId))
    .map((message) => message.message);
}
const importing = (what: string, from: string) => `import { ${what} } from '${from}';\nexport const kept = ${what};\n`;
const importingType = (what: string, from: string) =>
  `import type { ${what} } from '${from}';\nexport type Kept = ${what};\n`;

/** One import each layer refuses and one it keeps: the allowlist of scripts/eslint-layers.mjs, bitten. */
const LAYER_CASES: readonly { layer: string; file: string; refused: string[]; kept: string[] }[] = [
  {
    layer: 'lib',
    file: 'electron/lib/example.ts',
    refused: [importing('contract', '../api/common/contract.js'), importing('openDatabase', '../../db/connection.js')],
    kept: [importing('isoAt', './clock.js'), importing('readFileSync', 'node:fs')],
  },
  {
    layer: 'db',
    file: 'db/example.ts',
    refused: [importing('contract', '../electron/api/common/contract.js'), importing('x', '../electron/core/areas.js')],
    kept: [importing('packagePath', '../electron/lib/package-path.js'), importing('openDatabase', './connection.js')],
  },
  {
    layer: 'contract (api/common)',
    file: 'electron/api/common/example.ts',
    refused: [
      importing('createAuditStore', '../../services/audit/store.js'),
      importing('openDatabase', '../../../db/connection.js'),
      importing('dispatch', '../node/dispatcher.js'),
      importing('readFileSync', 'node:fs'),
    ],
    kept: [importing('method', './method-spec.js'), importing('createEventBus', '../../lib/event-bus.js')],
  },
  {
    layer: 'dispatcher (api/node)',
    file: 'electron/api/node/example.ts',
    refused: [importing('createAreas', '../../core/areas.js'), importing('inboxArea', '../../services/inbox/area.js')],
    kept: [importing('contract', '../common/contract.js'), importing('createDispatcher', './dispatcher.js')],
  },
  {
    layer: 'an area',
    file: 'electron/services/letters/example.ts',
    refused: [
      importing('createAreas', '../../core/areas.js'),
      importing('startHttpServer', '../../server/http-server.js'),
      importing('createPatientsService', '../patients/service.js'),
      importingType('PatientsStore', '../patients/store.js'),
      importing('app', 'electron'),
    ],
    kept: [
      importingType('PatientsService', '../patients/service.js'),
      importing('createLettersStore', './store.js'),
      importing('openDatabase', '../../../db/connection.js'),
      importing('contract', '../../api/common/contract.js'),
    ],
  },
  {
    layer: 'core',
    file: 'electron/core/example.ts',
    refused: [importing('startHttpServer', '../server/http-server.js'), importing('runCli', '../cli/run.js')],
    kept: [importing('auditArea', '../services/audit/area.js'), importing('migrate', '../../db/migrate.js')],
  },
  {
    layer: 'server',
    file: 'electron/server/example.ts',
    refused: [
      importing('createIpcTransport', '../main/ipc-transport.js'),
      importing('createInboxStore', '../services/inbox/store.js'),
      importing('inboxArea', '../services/inbox/area.js'),
      importing('runCli', '../cli/run.js'),
    ],
    kept: [
      importing('openPaumeCore', '../core/paume-core.js'),
      importingType('InboxService', '../services/inbox/service.js'),
    ],
  },
  {
    layer: 'main',
    file: 'electron/main/example.ts',
    refused: [importing('call', '../../renderer/api/client'), importing('serve', '../cli/commands/serve.js')],
    kept: [importing('app', 'electron'), importing('openPaumeCore', '../core/paume-core.js')],
  },
  {
    layer: 'preload',
    file: 'electron/preload/example.ts',
    refused: [importing('openPaumeCore', '../core/paume-core.js'), importing('readFileSync', 'node:fs')],
    kept: [importing('contextBridge', 'electron'), importing('contract', '../api/common/contract.js')],
  },
  {
    layer: 'CLI',
    file: 'electron/cli/example.ts',
    refused: [importing('createIpcTransport', '../main/ipc-transport.js'), importing('app', 'electron')],
    kept: [
      importing('startHttpServer', '../server/http-server.js'),
      importing('triageFiles', '../services/inbox/triage-files.js'),
    ],
  },
  {
    layer: 'renderer',
    file: 'renderer/Example.tsx',
    refused: [
      importing('readFileSync', 'node:fs'),
      importing('ipcRenderer', 'electron'),
      importing('openDatabase', '../db/connection'),
      importing('createUsersStore', '../electron/services/users/store'),
      importing('systemClock', '../electron/lib/clock'),
      importing('createDispatcher', '../electron/api/node/dispatcher'),
    ],
    kept: [importing('contract', '../electron/api/common/contract'), importing('useState', 'react')],
  },
];

describe('layer rules', () => {
  for (const { layer, file, refused, kept } of LAYER_CASES) {
    it(`${layer}: refuses what it may not import, keeps what it may`, async () => {
      for (const code of refused) expect(await importErrors(file, code), code).toHaveLength(1);
      for (const code of kept) expect(await importErrors(file, code), code).toEqual([]);
    });
  }

  it('a file in no layer is refused the day it is created', async () => {
    expect(await importErrors('electron/stray.ts', 'export const stray = 1;\n')).toHaveLength(1);
    expect(await importErrors('electron/services/users/example.ts', importing('x', '../../stray.js'))).toHaveLength(1);
  });

  it('only electron/main and electron/preload import Electron', async () => {
    const code = importing('app', 'electron');
    for (const path of [
      'electron/server/example.ts',
      'electron/core/example.ts',
      'electron/lib/example.ts',
      'db/example.ts',
    ])
      expect(await importErrors(path, code), path).toHaveLength(1);
  });

  it('the import graph has no cycle, type-only imports included', () => {
    const run = (...folders: string[]) =>
      spawnSync(process.execPath, ['scripts/import-cycles.mjs', ...folders], { encoding: 'utf8' });
    const fixture = run('tests/lint-fixtures/cycle');
    expect(fixture.status).toBe(1);
    expect(fixture.stderr).toMatch(/(first|second)\.ts → .*(first|second)\.ts → .*(first|second)\.ts/);
    expect(fixture.stderr).toContain('first.ts');
    expect(fixture.stderr).toContain('second.ts');
    const repository = run();
    expect(repository.stderr).toBe('');
    expect(repository.status).toBe(0);
  });

  it('type-checked rules refuse a floating promise', async () => {
    const [result] = await new ESLint({ ignore: false }).lintFiles(['tests/lint-fixtures/floating-promise.ts']);
    expect(result?.messages.map((message) => message.ruleId)).toContain('@typescript-eslint/no-floating-promises');
  }, 60_000);

  it('React hooks rules refuse a hook called conditionally', async () => {
    const code =
      "import { useState } from 'react';\nexport function View({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    const [result] = await importLinter.lintText(code, { filePath: 'renderer/Example.tsx' });
    expect(result?.messages.map((message) => message.ruleId)).toContain('react-hooks/rules-of-hooks');
  });
});
