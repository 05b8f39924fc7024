import type { ReactNode } from 'react';
import type { Clock } from './clock';
import { ClockContext } from './clock-context';

interface ClockProviderProps {
  clock: Clock;
  children: ReactNode;
}

/** Supplies the clock that `useNow` reads below it (the real one, a manual one in tests). */
export function ClockProvider({ clock, children }: ClockProviderProps) {
  return <ClockContext value={clock}>{children}</ClockContext>;
}
