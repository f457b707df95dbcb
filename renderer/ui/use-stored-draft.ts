import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnsavedWork } from './unsaved-work';

const PREFIX = 'paume:brouillon:';

function read(key: string): object | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed !== null && typeof parsed === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * A form's values kept in the page's session storage as they are typed (issue 10): they survive
 * a tab switch, a navigation, a reload and a crash of the page. `clear()` once saved. While the
 * draft differs from `initial`, it counts as work in progress (logging out asks first).
 */
export function useStoredDraft<T extends object>(key: string, initial: T, label: string) {
  const [draft, setDraftState] = useState<T>(() => ({ ...initial, ...(read(key) ?? {}) }));
  // When the saved values change (saved here, or by another seat) and nothing was typed over
  // them, the form follows them; typed work is never overwritten.
  const initialJson = JSON.stringify(initial);
  const [base, setBase] = useState(initialJson);
  if (base !== initialJson) {
    setBase(initialJson);
    if (JSON.stringify(draft) === base) setDraftState(initial);
  }
  const dirty = JSON.stringify(draft) !== initialJson;
  useEffect(() => {
    if (dirty) sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
    else sessionStorage.removeItem(PREFIX + key);
  }, [key, draft, dirty]);
  useUnsavedWork(`draft-${key}`, label, dirty);
  const set = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    setDraftState((current) => ({ ...current, [field]: value }));
  }, []);
  // `initial` is a fresh object at each render: the latest one is read when clearing.
  const initialRef = useRef(initial);
  useEffect(() => {
    initialRef.current = initial;
  });
  const clear = useCallback(
    (next?: T) => {
      sessionStorage.removeItem(PREFIX + key);
      setDraftState(next ?? initialRef.current);
    },
    [key],
  );
  return { draft, set, setDraft: setDraftState, clear, dirty };
}

/** On logout: the next person on this seat finds nothing of the drafts typed before. */
export function forgetStoredDrafts(): void {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(PREFIX) || key.startsWith('paume:courrier-ouvert:')) sessionStorage.removeItem(key);
}
