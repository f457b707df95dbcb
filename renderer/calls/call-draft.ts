import { useSyncExternalStore } from 'react';
import type { CallerKind, CallOutcome } from '../../electron/api/common/schemas/calls';
import type { CategoryCode } from '../../electron/api/common/schemas/inbox-protocol';

/** What « Nouvel appel » holds while the person talks: kept when the panel is closed by mistake. */
export interface CallDraft {
  number: string;
  callerKind: CallerKind;
  callerName: string;
  birthDate: string;
  patientName: string;
  /** The file chosen among those the birth date showed, with the birth date that showed it. */
  patient: { id: number; name: string; birthDate: string } | null;
  notes: string;
  /** A category chosen by the person; null follows the protocol's. */
  category: CategoryCode | null;
  loweringReason: string;
  outcomeDetail: string;
  assignedTo: number | null;
  /** The outcome waiting for what it needs (a detail, a reason) before it is recorded. */
  pending: CallOutcome | null;
}

export const EMPTY_DRAFT: CallDraft = {
  number: '',
  callerKind: 'patient',
  callerName: '',
  birthDate: '',
  patientName: '',
  patient: null,
  notes: '',
  category: null,
  loweringReason: '',
  outcomeDetail: '',
  assignedTo: null,
  pending: null,
};

let state: { open: boolean; draft: CallDraft } = { open: false, draft: EMPTY_DRAFT };
const listeners = new Set<() => void>();
const publish = (next: typeof state) => {
  state = next;
  for (const listener of listeners) listener();
};

/** Opens « Nouvel appel »; a number given (the telephone, `paume appel --de`) starts a fresh call with it. */
export function openNewCall(number?: string): void {
  const draft = number !== undefined && number !== state.draft.number ? { ...EMPTY_DRAFT, number } : state.draft;
  publish({ open: true, draft });
}
export const closeNewCall = (): void => publish({ ...state, open: false });
export const updateCallDraft = (change: Partial<CallDraft>): void =>
  publish({ ...state, draft: { ...state.draft, ...change } });
/** After a call is recorded: the next one starts blank. */
export const clearCallDraft = (): void => publish({ open: false, draft: EMPTY_DRAFT });

export function useNewCall(): typeof state {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
