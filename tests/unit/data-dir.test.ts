import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/core/data-dir.js';

describe('default data folder (Electron userData)', () => {
  it('follows each platform’s convention, and PAUME_DATA_DIR wins', () => {
    expect(defaultDataDir({ HOME: '/home/claire' }, 'linux')).toBe('/home/claire/.config/Paume');
    expect(defaultDataDir({ HOME: '/home/claire', XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Paume');
    expect(defaultDataDir({ HOME: '/Users/claire' }, 'darwin')).toBe('/Users/claire/Library/Application Support/Paume');
    expect(defaultDataDir({ HOME: 'C:\\Users\\claire', APPDATA: 'C:\\Users\\claire\\AppData\\Roaming' }, 'win32')).toMatch(/AppData.Roaming.Paume$/);
    expect(defaultDataDir({ HOME: '/home/claire', PAUME_DATA_DIR: '/srv/paume' }, 'linux')).toBe('/srv/paume');
  });
});
