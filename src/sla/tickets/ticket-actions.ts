import type {
  TicketAction,
  TicketActionProblem,
  TicketActionType,
  TicketState,
} from './ticket-action-types';

const isBlank = (text: string): boolean => text.trim() === '';

/**
 * Whether `action` is allowed on a ticket in `state`.
 *
 * Rules: a resolved ticket takes only a note or a reopen (notes stay allowed so that a
 * post-mortem can be recorded without reopening, which would open a fresh update window);
 * resume only when waiting; reopen only when resolved; a priority change needs a new priority
 * and a reason; replies and notes need text. Replies are allowed while waiting on the customer
 * (a reminder), and so are restoring and resolving.
 *
 * @returns null when allowed, otherwise the first problem found
 * @example
 * checkTicketAction({ ...state, lifecycle: 'resolved' }, { type: 'reply', message: 'Hi' })
 * // 'resolved-needs-reopen'
 */
export function checkTicketAction(
  state: TicketState,
  action: TicketAction,
): TicketActionProblem | null {
  const isResolved = state.lifecycle === 'resolved';
  switch (action.type) {
    case 'note':
      return isBlank(action.message) ? 'empty-message' : null;
    case 'reopen':
      return isResolved ? null : 'not-resolved';
    case 'resolve':
      return isResolved ? 'already-resolved' : null;
    case 'reply':
    case 'wait-on-customer':
    case 'resume':
    case 'change-priority':
    case 'mark-restored':
      return isResolved ? 'resolved-needs-reopen' : checkOpenTicketAction(state, action);
  }
}

function checkOpenTicketAction(
  state: TicketState,
  action: Exclude<TicketAction, { type: 'note' | 'reopen' | 'resolve' }>,
): TicketActionProblem | null {
  switch (action.type) {
    case 'reply':
      return isBlank(action.message) ? 'empty-message' : null;
    case 'wait-on-customer':
      return state.lifecycle === 'waiting-on-customer' ? 'already-waiting' : null;
    case 'resume':
      return state.lifecycle === 'waiting-on-customer' ? null : 'not-waiting';
    case 'change-priority':
      if (action.to === state.priority) return 'same-priority';
      return isBlank(action.reason) ? 'reason-required' : null;
    case 'mark-restored':
      return state.isRestored ? 'already-restored' : null;
  }
}

const ALL_ACTION_TYPES: readonly TicketActionType[] = [
  'reply',
  'note',
  'wait-on-customer',
  'resume',
  'change-priority',
  'mark-restored',
  'resolve',
  'reopen',
];

/**
 * The action types the UI should offer for a ticket in `state`: those whose only possible
 * refusal would come from the person's input (an empty message, a missing reason, or the same
 * priority), not from the ticket's state.
 *
 * @example
 * allowedTicketActions(resolvedState) // ['note', 'reopen']
 */
export function allowedTicketActions(state: TicketState): TicketActionType[] {
  const inputProblems: readonly (TicketActionProblem | null)[] = [
    null,
    'empty-message',
    'reason-required',
    'same-priority',
  ];
  return ALL_ACTION_TYPES.filter((type) => {
    const probe = probeAction(type, state);
    return inputProblems.includes(checkTicketAction(state, probe));
  });
}

/** A well-formed example of an action type, used to ask the rules about the state alone. */
function probeAction(type: TicketActionType, state: TicketState): TicketAction {
  switch (type) {
    case 'reply':
    case 'note':
      return { type, message: 'probe' };
    case 'change-priority':
      return { type, to: state.priority === 'P1' ? 'P2' : 'P1', reason: 'probe' };
    case 'wait-on-customer':
    case 'resume':
    case 'mark-restored':
    case 'resolve':
    case 'reopen':
      return { type };
  }
}
