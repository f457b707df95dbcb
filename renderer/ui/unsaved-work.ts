import { useEffect, useSyncExternalStore } from 'react';

/**
 * Work in progress that leaving would interrupt (issue 10): a letter being written, a form being
 * filled. Logging out asks first while anything is registered here, and closing the page asks too.
 */
const open = new Map<string, string>();
const listeners = new Set<() => void>();
let snapshot: readonly string[] = [];

function changed() {
  snapshot = [...open.values()];
  for (const listener of listeners) listener();
}

window.addEventListener('beforeunload', (event) => {
  if (open.size > 0) event.preventDefault();
});

/** Registers `label` (« le courrier au médecin traitant ») while `active` is true. */
export function useUnsavedWork(key: string, label: string, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    open.set(key, label);
    changed();
    return () => {
      open.delete(key);
      changed();
    };
  }, [key, label, active]);
}

/** What is in progress now, for the logout button. */
export function useOpenWork(): readonly string[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}
