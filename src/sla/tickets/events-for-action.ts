import type { StoredTicketEvent, TicketAction, TicketState } from './ticket-action-types';

/**
 * The stored events an allowed action appends (without ids, authors or messages). Resolving a
 * ticket that waits on the customer first ends the wait, at the same instant, so that the
 * engine's status is 'open' again after a reopen.
 *
 * @param atMs - the instant of the action, epoch ms
 */
export function eventsForAction(
  state: TicketState,
  action: TicketAction,
  atMs: number,
): StoredTicketEvent[] {
  switch (action.type) {
    case 'reply':
      return [{ type: 'reply', at: atMs }];
    case 'note':
      return [{ type: 'note', at: atMs }];
    case 'wait-on-customer':
      return [{ type: 'status', at: atMs, to: 'waiting-on-customer' }];
    case 'resume':
      return [{ type: 'status', at: atMs, to: 'open' }];
    case 'change-priority':
      return [{ type: 'priority', at: atMs, to: action.to }];
    case 'mark-restored':
      return [{ type: 'restored', at: atMs }];
    case 'resolve':
      return state.lifecycle === 'waiting-on-customer'
        ? [
            { type: 'status', at: atMs, to: 'open' },
            { type: 'resolved', at: atMs },
          ]
        : [{ type: 'resolved', at: atMs }];
    case 'reopen':
      return [{ type: 'reopened', at: atMs }];
  }
}
