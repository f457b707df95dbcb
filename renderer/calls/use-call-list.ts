import { useState } from 'react';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';

/**
 * The patient chosen in a call list (J-1, J+1): the first one until another is clicked, and
 * Alt+↓ / Alt+↑ to the next or the previous one, also while typing in the form beside it.
 */
export function useCallList<Entry extends { caseId: number }>(entries: readonly Entry[]) {
  const [chosen, setChosen] = useState<number | null>(null);
  const selected = entries.find((entry) => entry.caseId === chosen) ?? entries[0];
  const step = (by: number) => {
    const index = entries.findIndex((entry) => entry.caseId === selected?.caseId);
    const next = entries[index + by];
    if (next) setChosen(next.caseId);
  };
  usePhysicalHotkeys(
    [
      ['alt+ArrowDown', () => step(1)],
      ['alt+ArrowUp', () => step(-1)],
    ],
    [],
  );
  return { selected, choose: setChosen };
}
