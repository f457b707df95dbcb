import type { ReadMode } from './set-aside.js';
import type { MessageOrigin } from './worker-protocol.js';

/** Beyond this many attempts that failed or hung, a message is set aside (issue 27 item 2). */
export const TRIES_BEFORE_SET_ASIDE = 2;

/** How the attempt number `attempt` at a message takes it. */
function modeOfAttempt(attempt: number): ReadMode {
  if (attempt <= TRIES_BEFORE_SET_ASIDE) return 'read';
  // Kept raw; if even the raw copy failed or hung, its header block alone.
  return attempt === TRIES_BEFORE_SET_ASIDE + 1 ? 'raw' : 'headers';
}

/**
 * The attempts at each message not yet handed over, kept on the main thread so that they outlive
 * the sync thread a hung message gets restarted. A message handed over is forgotten: the map holds
 * only the messages in progress or failing.
 */
export class MessageAttempts {
  private readonly counts = new Map<string, number>();

  private static key(origin: MessageOrigin): string {
    return `${origin.folder}\n${origin.uidvalidity}\n${origin.uid}`;
  }

  /** How the next attempt at each of these messages takes it: only those not simply read are listed. */
  modes(folder: string, uidvalidity: string, uids: readonly number[]): Record<number, ReadMode> {
    const modes: Record<number, ReadMode> = {};
    if (this.counts.size === 0) return modes;
    for (const uid of uids) {
      const tried = this.counts.get(MessageAttempts.key({ folder, uidvalidity, uid })) ?? 0;
      const mode = modeOfAttempt(tried + 1);
      if (mode !== 'read') modes[uid] = mode;
    }
    return modes;
  }

  /** One more attempt at a message (its bytes are awaited). */
  begin(origin: MessageOrigin): void {
    const key = MessageAttempts.key(origin);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** The message is handed over (it is stored with the next batch). */
  taken(origin: MessageOrigin): void {
    this.counts.delete(MessageAttempts.key(origin));
  }
}
