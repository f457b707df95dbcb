import { shiftDay } from '../../api/common/paris-day.js';
import type { AccessEntry } from '../../api/common/schemas/patient-file.js';
import type { Actor } from '../../api/node/call-context.js';
import type { AuditEntry } from '../../api/common/schemas/users.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { verifyChain, type ChainReport } from './chain.js';
import type { AccessQuery, AuditStore, NewAuditEntry } from './store.js';
import type { AuditService } from './interface.js';

export type { Actor };

export function createAuditService(deps: { store: AuditStore; clock: Clock }): AuditService {
  return {
    /** One read or change of a patient's data; a change keeps the value it replaced. */
    trace(actor: Actor, action: string, patientId: number, detail = '', previousValue: string | null = null): void {
      deps.store.insert({
        at: isoAt(deps.clock),
        userId: actor.userId,
        seat: actor.seat,
        action,
        outcome: 'ok',
        detail,
        patientId,
        previousValue,
      });
    },
    record(entry: Omit<NewAuditEntry, 'at'>): void {
      deps.store.insert({ ...entry, at: isoAt(deps.clock) });
    },
    list: (userId: number | null, limit: number): AuditEntry[] => deps.store.recent(userId, limit),
    /** Walks the whole chain (issue 14) and names the first broken entry, if any. */
    verifyChain(): ChainReport & { milliseconds: number } {
      const started = performance.now();
      const report = verifyChain(deps.store.chainRows(), deps.store.heads());
      return { ...report, milliseconds: Math.round(performance.now() - started) };
    },
    /** Keeps the chain's head in the database before a backup, so a log cut short later is seen. */
    recordHead: (reason: string) => deps.store.recordHead(isoAt(deps.clock), reason),
    /** Reads and changes of patient data; dates are whole days, `to` included. */
    access(query: { patientId?: number; userId?: number; from?: string; to?: string; limit: number }): AccessEntry[] {
      const nextDay = (iso: string) => shiftDay(iso, 1);
      const full: AccessQuery = {
        patientId: query.patientId ?? null,
        userId: query.userId ?? null,
        from: query.from ?? null,
        to: query.to ? nextDay(query.to) : null,
        limit: query.limit,
      };
      return deps.store.access(full);
    },
  };
}
export type { AuditService } from './interface.js';
