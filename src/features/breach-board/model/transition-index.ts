import type { BoardTicket } from './board-ticket';

/** Every forecast instant of the board, sorted: where a metric turns at-risk or breaches. */
export interface TransitionIndex {
  atRisk: readonly number[];
  breach: readonly number[];
}

export function buildTransitionIndex(boards: readonly BoardTicket[]): TransitionIndex {
  const atRisk: number[] = [];
  const breach: number[] = [];
  for (const board of boards) {
    for (const { forecast } of board.metrics ?? []) {
      if (forecast.atRiskAt) atRisk.push(forecast.atRiskAt.getTime());
      if (forecast.breachesAfter) breach.push(forecast.breachesAfter.getTime());
    }
  }
  atRisk.sort((a, b) => a - b);
  breach.sort((a, b) => a - b);
  return { atRisk, breach };
}

/** How many of the sorted `values` are below `limit` (or at most `limit` when `isInclusive`). */
export function countBelow(values: readonly number[], limit: number, isInclusive = false): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const value = values[mid] ?? 0;
    if (value < limit || (isInclusive && value === limit)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * An instant with the same metric states as `nowMs`, that changes only when `nowMs` crosses a
 * forecast instant: the latest at-risk instant reached, or 1 ms past the latest breach instant
 * passed (-Infinity before any). Key the board's ordering on it, and it is recomputed only when a
 * state changes: an O(log n) look-up per tick.
 */
export function stateInstant(index: TransitionIndex, nowMs: number): number {
  const atRiskCount = countBelow(index.atRisk, nowMs, true);
  const breachCount = countBelow(index.breach, nowMs);
  const lastAtRisk = atRiskCount > 0 ? (index.atRisk[atRiskCount - 1] ?? 0) : -Infinity;
  const lastBreach = breachCount > 0 ? (index.breach[breachCount - 1] ?? 0) + 1 : -Infinity;
  return Math.max(lastAtRisk, lastBreach);
}
