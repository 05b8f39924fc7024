/** Types of the ticket-actions rules: stored events, actions, problems and derived state. */
import type { Priority, TicketStatus } from '../types';

/** Where a ticket stands for the helpdesk: the engine's open/waiting, or resolved. */
export type TicketLifecycle = TicketStatus | 'resolved';

/**
 * A ticket event as stored: the engine's event model with the instant as epoch ms. Stored records
 * may carry more fields (id, author, message); only these are read here.
 */
export type StoredTicketEvent =
  | { type: 'reply'; at: number }
  | { type: 'priority'; at: number; to: Priority }
  | { type: 'status'; at: number; to: TicketStatus }
  | { type: 'restored'; at: number }
  | { type: 'resolved'; at: number }
  | { type: 'reopened'; at: number }
  | { type: 'note'; at: number };

/** What a person can do to an existing ticket. Messages are plain text. */
export type TicketAction =
  /** A customer-visible reply or update. */
  | { type: 'reply'; message: string }
  /** An internal note; affects no metric. */
  | { type: 'note'; message: string }
  | { type: 'wait-on-customer'; message?: string }
  | { type: 'resume'; message?: string }
  | { type: 'change-priority'; to: Priority; reason: string }
  | { type: 'mark-restored'; message?: string }
  | { type: 'resolve'; message?: string }
  | { type: 'reopen'; message?: string };

export type TicketActionType = TicketAction['type'];

/** Why an action is refused; the UI translates each code. */
export type TicketActionProblem =
  /** reply, wait, resume, priority change or restore on a resolved ticket */
  | 'resolved-needs-reopen'
  /** reply or note without text */
  | 'empty-message'
  /** resume on a ticket that is not waiting on the customer */
  | 'not-waiting'
  /** wait-on-customer on a ticket already waiting */
  | 'already-waiting'
  /** change-priority to the current priority */
  | 'same-priority'
  /** change-priority without a reason */
  | 'reason-required'
  /** mark-restored when the service was already restored (or the ticket resolved) once */
  | 'already-restored'
  /** resolve on a resolved ticket */
  | 'already-resolved'
  /** reopen on a ticket that is not resolved */
  | 'not-resolved';

/** What the rules need to know of a ticket, derived from its events. */
export interface TicketState {
  lifecycle: TicketLifecycle;
  /** The current priority: the creation priority, then each priority event. */
  priority: Priority;
  /**
   * Whether restoration is met: a 'restored' or 'resolved' event exists. The engine counts only
   * the first one, and a reopen does not restart restoration.
   */
  isRestored: boolean;
  /** Whether any customer-visible reply was sent. */
  hasReplied: boolean;
  /** Epoch ms of the last event, or undefined when there is none. */
  lastEventAt: number | undefined;
}
