import { useCallback, useEffect, useRef, useState } from 'react';
import { fittingFields } from './draft-fields';
import { discardServerDraft, readServerDraft, scheduleServerDraft } from './server-drafts';
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
 * A form's values kept as they are typed (issue 10): in the page's session storage, so they
 * survive a tab switch, a navigation, a reload and a crash of the page; and on the server for the
 * person typing (issue 22 item 9), so a logout keeps them and another seat or the next day finds
 * them. `clear()` once saved. While the draft differs from `initial`, it counts as work in
 * progress (logging out asks first). Secrets are never put in a draft (forms keep them apart).
 */
export function useStoredDraft<T extends object>(key: string, initial: T, label: string) {
  const [storedHere] = useState(() => read(key));
  const [draft, setDraftState] = useState<T>(() => ({ ...initial, ...(storedHere ?? {}) }));
  // Nothing kept in this page: the server may have this person's draft from another seat or an
  // earlier session. It fills the form only if nothing was typed meanwhile.
  const untouched = useRef(storedHere === null);
  useEffect(() => {
    if (!untouched.current) return;
    const effect = { cancelled: false };
    void readServerDraft(key).then((kept) => {
      if (effect.cancelled || kept === null || !untouched.current) return;
      setDraftState((current) => ({ ...current, ...fittingFields(current, kept) }));
    });
    return () => {
      effect.cancelled = true;
    };
  }, [key]);
  // When the saved values change (saved here, or by another seat) and nothing was typed over
  // them, the form follows them; typed work is never overwritten.
  const initialJson = JSON.stringify(initial);
  const [base, setBase] = useState(initialJson);
  if (base !== initialJson) {
    setBase(initialJson);
    if (JSON.stringify(draft) === base) setDraftState(initial);
  }
  const dirty = JSON.stringify(draft) !== initialJson;
  // Whether this form ever had a draft kept, so that an untouched form sends nothing at all.
  const everDirty = useRef(false);
  useEffect(() => {
    if (dirty) sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
    else sessionStorage.removeItem(PREFIX + key);
    if (!dirty && !everDirty.current) return;
    everDirty.current = dirty;
    scheduleServerDraft(key, dirty ? (draft as Record<string, unknown>) : null);
  }, [key, draft, dirty]);
  useUnsavedWork(`draft-${key}`, label, dirty, true);
  const set = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    untouched.current = false;
    setDraftState((current) => ({ ...current, [field]: value }));
  }, []);
  const setDraft = useCallback((next: T | ((current: T) => T)) => {
    untouched.current = false;
    setDraftState(next);
  }, []);
  // `initial` is a fresh object at each render: the latest one is read when clearing.
  const initialRef = useRef(initial);
  useEffect(() => {
    initialRef.current = initial;
  });
  const clear = useCallback(
    (next?: T) => {
      sessionStorage.removeItem(PREFIX + key);
      discardServerDraft(key);
      everDirty.current = false;
      setDraftState(next ?? initialRef.current);
    },
    [key],
  );
  return { draft, set, setDraft, clear, dirty };
}

/** On logout: the next person on this seat finds nothing of the drafts typed before (the server keeps each person's own). */
export function forgetStoredDrafts(): void {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(PREFIX) || key.startsWith('paume:courrier-ouvert:')) sessionStorage.removeItem(key);
}
