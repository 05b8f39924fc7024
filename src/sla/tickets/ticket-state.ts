import type { Priority } from '../types';
import type { StoredTicketEvent, TicketState } from './ticket-action-types';

/**
 * Replays a ticket's stored events (in the order given, which is time order) into its state.
 *
 * @param ticket - the priority at creation and the stored events
 * @returns the lifecycle, current priority and restoration flags
 * @example
 * ticketState({ priority: 'P2', events: [{ type: 'status', at: 0, to: 'waiting-on-customer' }] })
 * // { lifecycle: 'waiting-on-customer', priority: 'P2', isRestored: false, … }
 */
export function ticketState(ticket: {
  priority: Priority;
  events: readonly StoredTicketEvent[];
}): TicketState {
  const state: TicketState = {
    lifecycle: 'open',
    priority: ticket.priority,
    isRestored: false,
    hasReplied: false,
    lastEventAt: undefined,
  };
  for (const event of ticket.events) {
    state.lastEventAt = event.at;
    switch (event.type) {
      case 'reply':
        state.hasReplied = true;
        break;
      case 'priority':
        state.priority = event.to;
        break;
      case 'status':
        if (state.lifecycle !== 'resolved') state.lifecycle = event.to;
        break;
      case 'restored':
        state.isRestored = true;
        break;
      case 'resolved':
        state.isRestored = true;
        state.lifecycle = 'resolved';
        break;
      case 'reopened':
        state.lifecycle = 'open';
        break;
      case 'note':
        break;
    }
  }
  return state;
}
