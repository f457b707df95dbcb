import type { AuditEntry } from '../../api/schemas/users.js';
import { isoAt, type Clock } from '../../core/events.js';
import type { AuditStore } from './store.js';

export function createAuditService(deps: { store: AuditStore; clock: Clock }) {
  return {
    record(entry: { userId: number | null; seat: string; action: string; outcome: AuditEntry['outcome']; detail: string }): void {
      deps.store.insert({ ...entry, at: isoAt(deps.clock) });
    },
    list: (userId: number | null, limit: number): AuditEntry[] => deps.store.recent(userId, limit),
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
