import { createContext } from 'react';
import type { Clock } from './clock';

/** The clock of the current subtree; `null` outside a ClockProvider. */
export const ClockContext = createContext<Clock | null>(null);
