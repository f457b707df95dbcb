import { describe, expect, it } from 'vitest';
import { backupPlace } from '../../renderer/cabinet/backup-place.js';

describe('where a backup of the list is (issue 22)', () => {
  it('splits the folder from the name, on Linux and Windows paths', () => {
    expect(backupPlace('/media/cle/paume/paume-2026-12-02-101500.sauvegarde', '/media/cle/paume')).toEqual({
      folder: '/media/cle/paume',
      name: 'paume-2026-12-02-101500.sauvegarde',
      inChosenFolder: true,
    });
    expect(backupPlace('D:\\Sauvegardes\\soir.sauvegarde', 'D:\\Sauvegardes\\')).toMatchObject({
      folder: 'D:\\Sauvegardes',
      inChosenFolder: true,
    });
  });

  it('says a backup written elsewhere is not in the chosen folder', () => {
    expect(backupPlace('/home/secretariat/copie.sauvegarde', '/media/cle/paume').inChosenFolder).toBe(false);
    expect(backupPlace('/media/cle/paume-ancien/x.sauvegarde', '/media/cle/paume').inChosenFolder).toBe(false);
    expect(backupPlace('/media/cle/paume/x.sauvegarde', null).inChosenFolder).toBe(false);
  });
});
