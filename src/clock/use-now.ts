import { useCallback, useSyncExternalStore } from 'react';
import { useClock } from './use-clock';

/**
 * The current time in epoch milliseconds, rounded down to `granularityMs`.
 *
 * The snapshot only changes when a new bucket starts, so a minute-level display
 * (`useNow(60_000)`) re-renders once a minute even though the clock ticks every second.
 */
export function useNow(granularityMs = 1000): number {
  if (!Number.isInteger(granularityMs) || granularityMs <= 0) {
    throw new RangeError(`useNow expects a positive integer granularity, got ${granularityMs}`);
  }
  const clock = useClock();
  const subscribe = useCallback((listener: () => void) => clock.subscribe(listener), [clock]);
  const getSnapshot = useCallback(
    () => floorTo(clock.now(), granularityMs),
    [clock, granularityMs],
  );
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

function floorTo(ms: number, granularityMs: number): number {
  return Math.floor(ms / granularityMs) * granularityMs;
}
