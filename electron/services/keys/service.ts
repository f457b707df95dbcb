import { createHmac } from 'node:crypto';
import { DomainError } from '../../api/common/result.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { formatRecoveryKey, parseRecoveryKey, type DatabaseKey } from '../../lib/database-key.js';
import type { KeysStore } from './store.js';
import type { KeysService } from './interface.js';

/**
 * The recovery key (issue 14): shown to an administrator until it has been typed back, never
 * after. It is the database key itself, written for a human: with it, a stolen disk's data stays
 * closed to thieves and open to the practice when the laptop, its keychain or its key file is lost.
 */
export function createKeysService(deps: {
  store: KeysStore;
  clock: Clock;
  databaseKey: DatabaseKey;
  keptIn: 'keychain' | 'key-file' | 'nowhere';
}): KeysService {
  const { store, clock, databaseKey } = deps;
  // A database opened for the first time, or with a key it has not seen (a backup restored into
  // another folder takes that folder's key): the recovery key to note is this one.
  const keyCheck = createHmac('sha256', databaseKey.key).update('paume-cle-secours').digest('hex');
  if (store.get()?.key_check !== keyCheck) store.reset(databaseKey.origin, keyCheck, isoAt(clock));
  const pending = () => store.get()?.confirmed_at == null;

  return {
    status: () => ({ recoveryKeyPending: pending(), keptIn: deps.keptIn }),

    recoveryKey(): { recoveryKey: string } {
      if (!pending())
        throw new DomainError(
          'CONFLICT',
          'La clé de secours a déjà été notée : elle ne s’affiche plus. Retrouvez-la là où le cabinet l’a rangée.',
        );
      return { recoveryKey: formatRecoveryKey(databaseKey.key) };
    },

    confirm(typed: string, userId: number): void {
      if (!pending()) return;
      const key = parseRecoveryKey(typed);
      if (!key)
        throw new DomainError(
          'INVALID_INPUT',
          'La clé recopiée n’a pas le bon nombre de caractères (52, par groupes de 4).',
          {
            typed: '52 caractères attendus',
          },
        );
      if (!key.equals(databaseKey.key))
        throw new DomainError('INVALID_INPUT', 'La clé recopiée ne correspond pas : vérifiez chaque groupe.', {
          typed: 'ne correspond pas à la clé affichée',
        });
      store.confirm(userId, isoAt(clock));
    },
  };
}
export type { KeysService } from './interface.js';
