import { useCallback, useState } from 'react';

/**
 * A form's unsaved values. `dirty` tells whether anything differs from what was loaded, so the
 * page can say so and nothing typed is dropped silently.
 */
export function useDraft<T extends object>(initial: T) {
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  }, []);
  const reset = useCallback((next: T) => {
    setBase(next);
    setDraft(next);
  }, []);
  /**
   * New values from the server (the first load arriving late, or a save): the fields already typed
   * over are kept, the others follow. Typing before the form finished loading loses nothing.
   */
  const rebase = useCallback(
    (next: T) => {
      setDraft((current) => {
        const merged = { ...next };
        for (const key of Object.keys(current) as (keyof T)[])
          if (JSON.stringify(current[key]) !== JSON.stringify(base[key])) merged[key] = current[key];
        return merged;
      });
      setBase(next);
    },
    [base],
  );
  const dirty = JSON.stringify(base) !== JSON.stringify(draft);
  return {
    draft,
    /** The saved values the typing started from. */
    base,
    set,
    reset,
    rebase,
    dirty,
    revert: () => {
      setDraft(base);
    },
  };
}
