import type { MetricId } from '../../../sla';
import type { BoardTicket } from './board-ticket';

export interface StateChange {
  ticketId: string;
  metric: MetricId;
  state: 'at-risk' | 'breached';
}

/**
 * The state changes that happened at the state instant `stateAtMs` (see stateInstant): metrics
 * that turned at-risk at it, or breached 1 ms before it. Recomputed once per state change.
 */
export function stateChangesAt(boards: readonly BoardTicket[], stateAtMs: number): StateChange[] {
  const changes: StateChange[] = [];
  if (!Number.isFinite(stateAtMs)) return changes;
  for (const board of boards) {
    for (const { metric, forecast } of board.metrics ?? []) {
      if (forecast.breachesAfter?.getTime() === stateAtMs - 1) {
        changes.push({ ticketId: board.ticket.id, metric, state: 'breached' });
      } else if (forecast.atRiskAt?.getTime() === stateAtMs) {
        changes.push({ ticketId: board.ticket.id, metric, state: 'at-risk' });
      }
    }
  }
  return changes;
}
