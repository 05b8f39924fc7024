import type { BusinessCalendar, Policy, TicketFacts } from '../types';

/** Everything a ticket's replay needs besides its metric trackers. */
export interface ReplayContext {
  policy: Policy;
  ticket: TicketFacts;
  region: BusinessCalendar;
  createdMs: number;
  /** Waiting-on-customer spans so far, [from, to); an open one ends at Infinity. */
  pauses: [number, number][];
}
