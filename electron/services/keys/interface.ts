import type { OutputOf } from '../../api/common/contract.js';

/** The recovery key (issue 14): shown to an administrator until it has been typed back, never after. */
export interface KeysService {
  status: () => OutputOf<'keys.status'>;
  recoveryKey(): OutputOf<'keys.recoveryKey'>;
  confirm(typed: string, userId: number): void;
}
