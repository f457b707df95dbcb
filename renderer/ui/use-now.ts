import { useEffect, useState } from 'react';

/** The time, refreshed every `everyMs`: for what depends on it (an undo that expires), without reading the clock while rendering. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, everyMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}
