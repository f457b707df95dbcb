import { useEffect, useSyncExternalStore } from 'react';

/**
 * Work in progress that leaving would interrupt (issue 10): a letter being written, a form being
 * filled. Logging out asks first while anything is registered here, and closing the page asks too.
 */
/** One piece of work in progress, and whether a logout keeps it (on the server) or loses it. */
export interface OpenWork {
  readonly label: string;
  readonly kept: boolean;
}

const open = new Map<string, OpenWork>();
const listeners = new Set<() => void>();
let snapshot: readonly OpenWork[] = [];

function changed() {
  snapshot = [...open.values()];
  for (const listener of listeners) listener();
}

window.addEventListener('beforeunload', (event) => {
  if (open.size > 0) event.preventDefault();
});

/**
 * Registers `label` (« le courrier au médecin traitant ») while `active` is true; `kept`: the
 * work is kept on the server, so a logout does not lose it (issue 22 item 9).
 */
export function useUnsavedWork(key: string, label: string, active: boolean, kept: boolean): void {
  useEffect(() => {
    if (!active) return;
    open.set(key, { label, kept });
    changed();
    return () => {
      open.delete(key);
      changed();
    };
  }, [key, label, active, kept]);
}

/** What is in progress now, for the logout button. */
export function useOpenWork(): readonly OpenWork[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}
