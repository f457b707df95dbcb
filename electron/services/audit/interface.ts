import type { OutputOf } from '../../api/common/contract.js';
import type { AccessEntry } from '../../api/common/schemas/patient-file.js';
import type { Actor } from '../../api/node/call-context.js';
import type { AuditEntry } from '../../api/common/schemas/users.js';
import type { NewAuditEntry } from './store.js';

/** The journal every area writes to: who read or changed what, from which seat. */
export interface AuditService {
  /** One read or change of a patient's data; a change keeps the value it replaced. */
  trace(actor: Actor, action: string, patientId: number, detail?: string, previousValue?: string | null): void;
  /** An entry written as given, dated now (`trace` is the form for a patient's data). */
  record(entry: Omit<NewAuditEntry, 'at'>): void;
  /** The latest entries, of one user or of everyone. */
  list: (userId: number | null, limit: number) => AuditEntry[];
  /** Walks the whole chain (issue 14) and names the first broken entry, if any. */
  verifyChain(): OutputOf<'audit.verify'>;
  /** Keeps the chain's head in the database before a backup, so a log cut short later is seen. */
  recordHead: (reason: string) => {
    entryId: number;
    hash: string;
  } | null;
  /** Reads and changes of patient data; dates are whole days, `to` included. */
  access(query: { patientId?: number; userId?: number; from?: string; to?: string; limit: number }): AccessEntry[];
}
