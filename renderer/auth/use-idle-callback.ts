import { useEffect, useRef } from 'react';

const ACTIVITY = ['keydown', 'mousemove', 'mousedown', 'touchmove', 'wheel', 'scroll'] as const;

/**
 * Calls `onIdle` once nobody has touched the page for `timeoutMs` (the seat locks itself). The
 * call comes from a timer, not from rendering, so locking never re-renders in a loop.
 */
export function useIdleCallback(timeoutMs: number, onIdle: () => void, enabled: boolean): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  });
  useEffect(() => {
    if (!enabled) return;
    let timer = window.setTimeout(() => {
      callback.current();
    }, timeoutMs);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        callback.current();
      }, timeoutMs);
    };
    for (const name of ACTIVITY) window.addEventListener(name, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, restart);
    };
  }, [timeoutMs, enabled]);
}
