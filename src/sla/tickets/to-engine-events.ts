import type { TicketEvent } from '../types';
import type { StoredTicketEvent } from './ticket-action-types';

/**
 * Maps stored events (epoch ms) to the engine's `TicketEvent`s (Dates), dropping stored-only
 * fields.
 *
 * @example
 * toEngineEvents([{ type: 'reply', at: Date.parse('2026-03-10T10:00:00+01:00') }])
 * // [{ type: 'reply', at: new Date('2026-03-10T09:00:00Z') }]
 */
export function toEngineEvents(events: readonly StoredTicketEvent[]): TicketEvent[] {
  return events.map((event): TicketEvent => {
    const at = new Date(event.at);
    switch (event.type) {
      case 'priority':
        return { type: 'priority', at, to: event.to };
      case 'status':
        return { type: 'status', at, to: event.to };
      case 'reply':
      case 'restored':
      case 'resolved':
      case 'reopened':
      case 'note':
        return { type: event.type, at };
    }
  });
}
