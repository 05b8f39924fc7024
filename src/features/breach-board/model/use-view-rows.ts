import type { BoardView, BoardRowModel } from './board-view';
import { rowsInLane } from './board-view';
import { laneSlice, type Lane } from './lanes';
import { useMemo } from 'react';

/**
 * The rows of a view, narrowed to a forecast lane when one is chosen. A lane's members change as
 * deadlines come within its window, not only at state changes: the slice of sorted deadlines is
 * two binary searches per tick, and the rows follow only when it moves.
 */
export function useViewRows(
  view: BoardView,
  lane: Lane | undefined,
  nowMs: number,
): readonly BoardRowModel[] {
  const slice = lane ? laneSlice(view.nextBreaches, lane, nowMs) : undefined;
  const from = slice?.from;
  const to = slice?.to;
  return useMemo(
    () => (from === undefined || to === undefined ? view.rows : rowsInLane(view, from, to)),
    [view, from, to],
  );
}
