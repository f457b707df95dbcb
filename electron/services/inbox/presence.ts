import type { EventBus } from '../../api/common/contract.js';
import type { Clock } from '../../lib/clock.js';

type Activity = 'reading' | 'replying';
interface Seen {
  readonly name: string;
  readonly activity: Activity;
  readonly at: number;
}

/** A window says where it is every 20 s; after a minute without news, the person has left. */
const STALE_MS = 60_000;

/**
 * Who has a message open, and who is writing a reply, so that nobody answers twice (issue 11).
 * Kept in memory: it is about this minute, not history.
 */
export function createPresence(deps: { events: EventBus; clock: Clock }) {
  const byMessage = new Map<number, Map<number, Seen>>();

  function people(messageId: number) {
    const seen = byMessage.get(messageId);
    if (!seen) return [];
    const now = deps.clock();
    for (const [userId, entry] of seen) if (now - entry.at > STALE_MS) seen.delete(userId);
    return [...seen.entries()].map(([userId, entry]) => ({ userId, name: entry.name, activity: entry.activity }));
  }

  return {
    people,
    announce(messageId: number, user: { userId: number; name: string }, activity: Activity | 'left') {
      // One message at a time per person: opening another one leaves the previous.
      for (const [otherId, seen] of byMessage) {
        if (otherId !== messageId && seen.delete(user.userId))
          deps.events.emit('inbox.presence', { messageId: otherId, people: people(otherId) });
      }
      const seen = byMessage.get(messageId) ?? new Map<number, Seen>();
      byMessage.set(messageId, seen);
      if (activity === 'left') seen.delete(user.userId);
      else seen.set(user.userId, { name: user.name, activity, at: deps.clock() });
      const now = people(messageId);
      deps.events.emit('inbox.presence', { messageId, people: now });
      return { messageId, people: now };
    },
  };
}
