import type { BoardTicket } from '../model/board-ticket';
import type { StateChange } from '../model/state-changes';

/**
 * The metrics that turned at-risk or breached after `afterMs` and by `upToMs`, from the same
 * forecast instants as the board's transition index (a metric is at risk from `atRiskAt`, and
 * breached once past `breachesAfter`). It sees every change of a longer step (a background
 * tab's clock may tick once a minute). Call it only when the state instant
 * (or the data) changes, never every tick.
 */
export function stateChangesBetween(
  boards: readonly BoardTicket[],
  afterMs: number,
  upToMs: number,
): StateChange[] {
  const changes: StateChange[] = [];
  if (upToMs <= afterMs) return changes;
  for (const board of boards) {
    for (const { metric, forecast } of board.metrics ?? []) {
      const breachMs = forecast.breachesAfter?.getTime();
      const atRiskMs = forecast.atRiskAt?.getTime();
      if (breachMs !== undefined && breachMs >= afterMs && breachMs < upToMs) {
        changes.push({ ticketId: board.ticket.id, metric, state: 'breached' });
      } else if (atRiskMs !== undefined && atRiskMs > afterMs && atRiskMs <= upToMs) {
        changes.push({ ticketId: board.ticket.id, metric, state: 'at-risk' });
      }
    }
  }
  return changes;
}

export interface ChangeGroups {
  /** One change per ticket that breached (its first metric to). */
  breached: StateChange[];
  /** One change per ticket that turned at risk and did not also breach. */
  atRisk: StateChange[];
}

/** Groups changes by ticket, so a ticket with two metrics changing counts once. */
export function groupChanges(changes: readonly StateChange[]): ChangeGroups {
  const breached = new Map<string, StateChange>();
  const atRisk = new Map<string, StateChange>();
  for (const change of changes) {
    const into = change.state === 'breached' ? breached : atRisk;
    if (!into.has(change.ticketId)) into.set(change.ticketId, change);
  }
  for (const id of breached.keys()) atRisk.delete(id);
  return { breached: [...breached.values()], atRisk: [...atRisk.values()] };
}
