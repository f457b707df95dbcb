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
  const dirty = JSON.stringify(base) !== JSON.stringify(draft);
  return {
    draft,
    set,
    reset,
    dirty,
    revert: () => {
      setDraft(base);
    },
  };
}
