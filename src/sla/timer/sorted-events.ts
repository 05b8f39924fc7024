import type { TicketEvent } from '../types';

/** A ticket event with its instant as epoch ms, clamped to the ticket's creation. */
export type TimedEvent = TicketEvent & { atMs: number };

/** Events up to `nowMs` (later ones have not happened yet), in time order; ties keep input order. */
export function sortedEvents(events: readonly TicketEvent[], createdMs: number, nowMs: number) {
  const timed: TimedEvent[] = [];
  for (const event of events) {
    const atMs = event.at.getTime();
    if (Number.isNaN(atMs)) throw new RangeError(`a ${event.type} event has an invalid date`);
    if (atMs <= nowMs) timed.push({ ...event, atMs: Math.max(atMs, createdMs) });
  }
  // Array.prototype.sort is stable, so events at the same instant keep their given order.
  return timed.sort((a, b) => a.atMs - b.atMs);
}
