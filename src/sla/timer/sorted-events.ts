import type { TicketEvent } from '../types';

/** A ticket's events up to `now`, in time order, with their instants as epoch ms. */
export interface EventTimeline {
  events: TicketEvent[];
  /** `times[i]` is `events[i].at` in epoch ms, clamped to the ticket's creation. */
  times: number[];
}

/**
 * Events up to `nowMs` (later ones have not happened yet), in time order; ties keep their input
 * order. Built without copying events: this runs for every ticket on every board refresh.
 */
export function sortedEvents(
  events: readonly TicketEvent[],
  createdMs: number,
  nowMs: number,
): EventTimeline {
  if (events.length === 0) return { events: [], times: [] };
  const kept: TicketEvent[] = [];
  const times: number[] = [];
  let sorted = true;
  for (const event of events) {
    const atMs = event.at.getTime();
    if (Number.isNaN(atMs)) throw new RangeError(`a ${event.type} event has an invalid date`);
    if (atMs > nowMs) continue;
    const clamped = atMs < createdMs ? createdMs : atMs;
    if (times.length > 0 && clamped < (times[times.length - 1] ?? 0)) sorted = false;
    kept.push(event);
    times.push(clamped);
  }
  if (sorted) return { events: kept, times };
  // Array.prototype.sort is stable, so events at the same instant keep their given order.
  const order = kept.map((_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
  return {
    events: order.map((i) => kept[i] as TicketEvent),
    times: order.map((i) => times[i] ?? 0),
  };
}
