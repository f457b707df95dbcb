import { call } from '../api/client';

/** How long typing may pause before the draft goes to the server. */
const SAVE_AFTER_MS = 700;

/** What is still to send, per form: the latest value (null: discard), and its timer. */
const pending = new Map<string, { value: Record<string, unknown> | null; timer: ReturnType<typeof setTimeout> }>();
const inFlight = new Set<Promise<unknown>>();

function send(key: string): void {
  const entry = pending.get(key);
  if (!entry) return;
  pending.delete(key);
  clearTimeout(entry.timer);
  // A failed save keeps the page's own copy (session storage): the form loses nothing; the next
  // keystroke tries again.
  const request = (
    entry.value === null ? call('drafts.discard', { key }) : call('drafts.save', { key, value: entry.value })
  ).catch(() => undefined);
  inFlight.add(request);
  void request.finally(() => inFlight.delete(request));
}

/** Sends this form's draft (or its discarding, with null) once typing pauses. */
export function scheduleServerDraft(key: string, value: Record<string, unknown> | null): void {
  const previous = pending.get(key);
  if (previous) clearTimeout(previous.timer);
  pending.set(key, { value, timer: setTimeout(() => send(key), SAVE_AFTER_MS) });
}

/**
 * Forgets this form's draft on the server now, not after a pause: the record was saved, and a
 * draft left behind by a tab closed at once would be offered again on the next seat.
 */
export function discardServerDraft(key: string): void {
  scheduleServerDraft(key, null);
  send(key);
}

/**
 * Sends every waiting draft now and waits for them (issue 22 item 9): a logout right after the
 * last keystroke keeps it, as the logout message promises.
 */
export async function flushServerDrafts(): Promise<void> {
  for (const key of [...pending.keys()]) send(key);
  await Promise.all([...inFlight]);
}

/** The draft kept on the server for this form, if any (null when none or unreachable). */
export async function readServerDraft(key: string): Promise<Record<string, unknown> | null> {
  try {
    return (await call('drafts.get', { key })).value;
  } catch {
    return null;
  }
}
