import type { ReadMode } from './set-aside.js';
import type { MessageOrigin } from './worker-protocol.js';

/** Beyond this many attempts that failed or hung, a message is set aside (issue 27 item 2). */
export const TRIES_BEFORE_SET_ASIDE = 2;

/**
 * The attempts at each message not yet taken, kept on the main thread so that they outlive the
 * sync thread a hung message gets restarted. A message taken is forgotten: the map holds only the
 * messages in progress or failing.
 */
export class MessageAttempts {
  private readonly counts = new Map<string, number>();

  private static key(origin: MessageOrigin): string {
    return `${origin.folder}\n${origin.uidvalidity}\n${origin.uid}`;
  }

  /** Counts one more attempt and says how to take the message this time. */
  begin(origin: MessageOrigin): ReadMode {
    const key = MessageAttempts.key(origin);
    const attempt = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, attempt);
    if (attempt <= TRIES_BEFORE_SET_ASIDE) return 'read';
    // Kept raw; if even the raw copy failed or hung, its header block alone.
    return attempt === TRIES_BEFORE_SET_ASIDE + 1 ? 'raw' : 'headers';
  }

  /** The message is stored and its place saved. */
  taken(origin: MessageOrigin): void {
    this.counts.delete(MessageAttempts.key(origin));
  }
}
