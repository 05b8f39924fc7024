import { useEffect, useEffectEvent, useRef } from 'react';
import type { BoardTicket } from '../model/board-ticket';
import type { StateChange } from '../model/state-changes';
import { stateChangesBetween } from './alert-changes';

interface Seen {
  boards: readonly BoardTicket[];
  stateAtMs: number;
  nowMs: number;
}

/**
 * Calls `onChanges` once for each step of the board's clock in which metrics turned at-risk or
 * breached. It looks for changes only when the state instant (see stateInstant) or the data
 * changes, never by scanning the tickets every tick; what had already happened when the board
 * opened is not news.
 */
export function useStateChangeAlerts(
  boards: readonly BoardTicket[],
  stateAtMs: number,
  nowMs: number,
  onChanges: (changes: StateChange[]) => void,
): void {
  const seen = useRef<Seen | null>(null);
  const report = useEffectEvent(onChanges);
  useEffect(() => {
    const last = seen.current;
    seen.current = { boards, stateAtMs, nowMs };
    if (!last || (last.boards === boards && last.stateAtMs === stateAtMs)) return;
    const changes = stateChangesBetween(boards, last.nowMs, nowMs);
    if (changes.length > 0) report(changes);
  }, [boards, stateAtMs, nowMs]);
}
