import { useState, type SyntheticEvent } from 'react';

/** A form's submit: busy while the call runs, the refusal kept for the fields and the alert. */
export function useSubmit<T>(action: () => Promise<T>, onSuccess: (value: T) => void, onRefused?: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event?: SyntheticEvent) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSuccess(await action());
    } catch (caught) {
      setError(caught);
      onRefused?.();
    } finally {
      setBusy(false);
    }
  };
  return { submit, error, busy };
}
