import { sessionOf } from '../../api/node/call-context.js';
import { isoAt } from '../../lib/clock.js';
import { done, type Area, type AreaContext } from '../area.js';
import { createDraftsStore } from './store.js';

/** What the drafts area offers the rest of Paume: nothing but its methods. */
export type DraftsService = Record<string, never>;

/**
 * Forms in progress, kept per person (issue 22 item 9). Only the logged-in person's own drafts
 * are read or written: the key names a form, the session names the person.
 */
export function draftsArea(context: AreaContext): Area<DraftsService> {
  const store = createDraftsStore(context.db);
  const userOf = (call: Parameters<typeof sessionOf>[0]) => sessionOf(call).user.id;
  return {
    service: {},
    handlers: {
      'drafts.get': (input, call) => {
        const row = store.get(userOf(call), input.key);
        if (!row) return { value: null, savedAt: null };
        const value: unknown = JSON.parse(row.value_json);
        return {
          value: value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null,
          savedAt: row.saved_at,
        };
      },
      'drafts.save': (input, call) => {
        const savedAt = isoAt(context.clock);
        store.save(userOf(call), input.key, JSON.stringify(input.value), savedAt);
        return { savedAt };
      },
      'drafts.discard': (input, call) => {
        store.remove(userOf(call), input.key);
        return done;
      },
    },
  };
}
