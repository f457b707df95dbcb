import type { Area, AreaContext } from '../area.js';
import { createAuditService, type AuditService } from './service.js';
import { createAuditStore } from './store.js';

export function auditArea(context: AreaContext): Area<AuditService> {
  const audit = createAuditService({ store: createAuditStore(context.db), clock: context.clock });
  return { service: audit, handlers: { 'audit.list': (input) => audit.list(input.userId ?? null, input.limit) } };
}
