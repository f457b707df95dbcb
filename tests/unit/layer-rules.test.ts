import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** HOUSE.md rule 4 is only real if the linter bites: feed it code that breaks each layer. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layer rules', () => {
  it('keeps Node, Electron and the services out of the renderer', async () => {
    expect(await importErrors('renderer/Example.tsx', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n")).toHaveLength(1);
    expect(await importErrors('renderer/Example.tsx', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toHaveLength(1);
    expect(await importErrors('renderer/Example.tsx', "import { openDatabase } from '../db/connection';\nexport const o = openDatabase;\n")).toHaveLength(1);
    expect(await importErrors('renderer/Example.tsx', "import { createUsersStore } from '../electron/services/users/store';\nexport const c = createUsersStore;\n")).toHaveLength(1);
    expect(await importErrors('renderer/Example.tsx', "import { contract } from '../electron/api/contract';\nexport const c = contract;\n")).toEqual([]);
  });

  it('lets only electron/main and electron/preload import Electron', async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await importErrors('electron/services/practice/example.ts', code)).toHaveLength(1);
    expect(await importErrors('electron/server/example.ts', code)).toHaveLength(1);
    expect(await importErrors('electron/api/example.ts', code)).toHaveLength(1);
    expect(await importErrors('electron/main/example.ts', code)).toEqual([]);
    expect(await importErrors('electron/preload/example.ts', code)).toEqual([]);
  });

  it('keeps the services free of transports and renderer', async () => {
    expect(await importErrors('electron/services/users/example.ts', "import { startHttpServer } from '../../server/http-server';\nexport const s = startHttpServer;\n")).toHaveLength(1);
  });
});
