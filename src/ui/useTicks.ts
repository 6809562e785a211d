import { useEffect, useState } from 'preact/hooks';

/** Redraws every `everyMs` while `active`: a running clock (a recording's elapsed time). */
export function useTicks(active: boolean, everyMs: number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
}
