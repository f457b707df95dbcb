import { actorOf } from '../../api/node/call-context.js';
import type { Area, AreaContext } from '../area.js';
import { done } from '../area.js';
import { createKeysService, type KeysService } from './service.js';
import { createKeysStore } from './store.js';

/** Encryption at rest (issue 14): the recovery key's one showing and its confirmation. */
export function keysArea(context: AreaContext): Area<KeysService> {
  const keys = createKeysService({
    store: createKeysStore(context.db),
    clock: context.clock,
    databaseKey: context.databaseKey,
    keptIn: context.databaseKey.origin === 'supplied' ? 'nowhere' : context.secrets.kind,
  });
  return {
    service: keys,
    handlers: {
      'keys.status': () => keys.status(),
      'keys.recoveryKey': () => keys.recoveryKey(),
      'keys.confirmRecoveryKey': ({ typed }, call) => {
        keys.confirm(typed, actorOf(call).userId);
        return done;
      },
    },
  };
}
