import { describe, expect, it } from 'vitest';
import { chooseDataDir, dataDirChoiceFromArgs, defaultDataDir } from '../../electron/lib/data-dir.js';

describe('data folder: one rule for the window and the CLI', () => {
  it('defaults to each platform’s userData convention', () => {
    expect(defaultDataDir({ HOME: '/home/claire' }, 'linux')).toBe('/home/claire/.config/Paume');
    expect(defaultDataDir({ HOME: '/home/claire', XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Paume');
    expect(defaultDataDir({ HOME: '/Users/claire' }, 'darwin')).toBe('/Users/claire/Library/Application Support/Paume');
    expect(
      defaultDataDir({ HOME: 'C:\\Users\\claire', APPDATA: 'C:\\Users\\claire\\AppData\\Roaming' }, 'win32'),
    ).toMatch(/AppData.Roaming.Paume$/);
  });

  it('--data-dir wins, then PAUME_DATA_DIR, then userData; --demo keeps the demonstration apart', () => {
    const env = { HOME: '/home/claire' };
    expect(chooseDataDir({}, env, 'linux')).toBe('/home/claire/.config/Paume');
    expect(chooseDataDir({}, { ...env, PAUME_DATA_DIR: '/srv/paume' }, 'linux')).toBe('/srv/paume');
    expect(chooseDataDir({ dataDir: '/tmp/d' }, { ...env, PAUME_DATA_DIR: '/srv/paume' }, 'linux')).toBe('/tmp/d');
    expect(chooseDataDir({ demo: true }, env, 'linux')).toBe('/home/claire/.config/Paume-demo');
    expect(chooseDataDir({ demo: true }, { ...env, PAUME_DATA_DIR: '/srv/paume' }, 'linux')).toBe('/srv/paume-demo');
    expect(chooseDataDir({ demo: true, dataDir: '/tmp/d' }, env, 'linux')).toBe('/tmp/d');
  });

  it('reads the same options from the Electron window’s raw arguments', () => {
    expect(dataDirChoiceFromArgs(['/usr/bin/electron', 'dist/main.cjs', '--data-dir', '/tmp/x', '--demo'])).toEqual({
      dataDir: '/tmp/x',
      demo: true,
    });
    expect(dataDirChoiceFromArgs(['electron', '--data-dir=/tmp/y'])).toEqual({ dataDir: '/tmp/y', demo: false });
    expect(dataDirChoiceFromArgs(['electron'])).toEqual({ dataDir: undefined, demo: false });
  });
});
