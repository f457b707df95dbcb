import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * HOUSE.md rule 4 is only real if the linter bites (issue 8): each layer rule is fed a file that
 * breaks it, and the file next door that keeps it. The import rules need no type information,
 * so the code is linted as text at the path it would have.
 */
const importLinter = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });
const IMPORT_RULES = new Set(['no-restricted-imports', '@typescript-eslint/no-restricted-imports']);

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await importLinter.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && IMPORT_RULES.has(message.ruleId))
    .map((message) => message.message);
}
const importing = (what: string, from: string) => `import { ${what} } from '${from}';\nexport const kept = ${what};\n`;
const importingType = (what: string, from: string) =>
  `import type { ${what} } from '${from}';\nexport type Kept = ${what};\n`;

describe('layer rules', () => {
  it('renderer: no Node, no Electron, nothing below the contract', async () => {
    expect(await importErrors('renderer/Example.tsx', importing('readFileSync', 'node:fs'))).toHaveLength(1);
    expect(await importErrors('renderer/Example.tsx', importing('ipcRenderer', 'electron'))).toHaveLength(1);
    expect(await importErrors('renderer/Example.tsx', importing('openDatabase', '../db/connection'))).toHaveLength(1);
    expect(
      await importErrors('renderer/Example.tsx', importing('createUsersStore', '../electron/services/users/store')),
    ).toHaveLength(1);
    expect(await importErrors('renderer/Example.tsx', importing('systemClock', '../electron/lib/clock'))).toHaveLength(
      1,
    );
    expect(await importErrors('renderer/Example.tsx', importing('contract', '../electron/api/contract'))).toEqual([]);
  });

  it('Electron: only electron/main and electron/preload import it', async () => {
    const code = importing('app', 'electron');
    for (const path of [
      'electron/services/practice/example.ts',
      'electron/server/example.ts',
      'electron/api/example.ts',
      'electron/core/example.ts',
      'electron/lib/example.ts',
      'electron/cli.ts',
      'db/example.ts',
    ]) {
      expect(await importErrors(path, code), path).toHaveLength(1);
    }
    expect(await importErrors('electron/main/example.ts', code)).toEqual([]);
    expect(await importErrors('electron/preload/example.ts', code)).toEqual([]);
  });

  it('lib: imports nothing of Paume', async () => {
    expect(await importErrors('electron/lib/example.ts', importing('contract', '../api/contract.js'))).toHaveLength(1);
    expect(await importErrors('electron/lib/example.ts', importing('isoAt', './clock.js'))).toEqual([]);
  });

  it('db: imports lib only', async () => {
    expect(await importErrors('db/example.ts', importing('contract', '../electron/api/contract.js'))).toHaveLength(1);
    expect(await importErrors('db/example.ts', importing('packagePath', '../electron/lib/package-path.js'))).toEqual(
      [],
    );
  });

  it('api: imports lib and libraries only', async () => {
    expect(
      await importErrors('electron/api/example.ts', importing('createAuditStore', '../services/audit/store.js')),
    ).toHaveLength(1);
    expect(
      await importErrors('electron/api/example.ts', importing('openDatabase', '../../db/connection.js')),
    ).toHaveLength(1);
    expect(await importErrors('electron/api/example.ts', importing('createAreas', '../core/areas.js'))).toHaveLength(1);
    expect(await importErrors('electron/api/example.ts', importing('createEventBus', '../lib/event-bus.js'))).toEqual(
      [],
    );
  });

  it('services: no core, no transports, no renderer', async () => {
    expect(
      await importErrors('electron/services/users/example.ts', importing('createAreas', '../../core/areas.js')),
    ).toHaveLength(1);
    expect(
      await importErrors(
        'electron/services/users/example.ts',
        importing('startHttpServer', '../../server/http-server.js'),
      ),
    ).toHaveLength(1);
    expect(
      await importErrors('electron/services/users/example.ts', importing('openDatabase', '../../../db/connection.js')),
    ).toEqual([]);
  });

  it('an area uses another only through its service type, never its store', async () => {
    expect(
      await importErrors(
        'electron/services/letters/example.ts',
        importing('createPatientsService', '../patients/service.js'),
      ),
    ).toHaveLength(1);
    expect(
      await importErrors(
        'electron/services/letters/example.ts',
        importingType('PatientsStore', '../patients/store.js'),
      ),
    ).toHaveLength(1);
    expect(
      await importErrors(
        'electron/services/letters/example.ts',
        importingType('PatientsService', '../patients/service.js'),
      ),
    ).toEqual([]);
    expect(
      await importErrors('electron/services/letters/example.ts', importing('createLettersStore', './store.js')),
    ).toEqual([]);
  });

  it('core: services yes, transports no', async () => {
    expect(
      await importErrors('electron/core/example.ts', importing('startHttpServer', '../server/http-server.js')),
    ).toHaveLength(1);
    expect(await importErrors('electron/core/example.ts', importing('auditArea', '../services/audit/area.js'))).toEqual(
      [],
    );
  });

  it('server and CLI: not the Electron window, not the renderer', async () => {
    expect(
      await importErrors('electron/server/example.ts', importing('createIpcTransport', '../main/ipc-transport.js')),
    ).toHaveLength(1);
    expect(
      await importErrors('electron/cli.ts', importing('createIpcTransport', './main/ipc-transport.js')),
    ).toHaveLength(1);
    expect(await importErrors('electron/main/example.ts', importing('call', '../../renderer/api/client'))).toHaveLength(
      1,
    );
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
