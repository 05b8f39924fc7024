import { useContext } from 'react';
import type { Clock } from './clock';
import { ClockContext } from './clock-context';

/** The clock of the nearest ClockProvider; throws when there is none (a wiring bug). */
export function useClock(): Clock {
  const clock = useContext(ClockContext);
  if (clock === null) throw new Error('useClock must be used inside a ClockProvider.');
  return clock;
}
