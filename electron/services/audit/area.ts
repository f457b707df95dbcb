import type { Area, AreaContext } from '../area.js';
import { createAuditService, type AuditService } from './service.js';
import { createAuditStore } from './store.js';

export function auditArea(context: AreaContext): Area<AuditService> {
  const store = createAuditStore(context.db);
  // Entries written before the chain (issue 14) are sealed once, in order, the first time it opens.
  store.sealBacklog();
  const audit = createAuditService({ store, clock: context.clock });
  return {
    service: audit,
    handlers: {
      'audit.list': (input) => audit.list(input.userId ?? null, input.limit),
      'audit.verify': () => audit.verifyChain(),
    },
  };
}
