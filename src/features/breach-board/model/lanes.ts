import { endOfDay, endOfWeek } from 'date-fns';
import { countBelow } from './transition-index';

/** The forecast lanes: tickets whose next deadline falls within this window from now. */
export const LANES = ['15m', 'hour', 'today', 'week'] as const;
export type Lane = (typeof LANES)[number];

export type LaneCounts = Record<Lane, number>;

const MINUTE_MS = 60_000;

/** The last instant of a lane's window, seen from `nowMs` (the day and week are the viewer's). */
export function laneLimitMs(lane: Lane, nowMs: number): number {
  switch (lane) {
    case '15m':
      return nowMs + 15 * MINUTE_MS;
    case 'hour':
      return nowMs + 60 * MINUTE_MS;
    case 'today':
      return endOfDay(nowMs).getTime();
    case 'week':
      return endOfWeek(nowMs, { weekStartsOn: 1 }).getTime();
  }
}

/**
 * Which of the sorted next-deadline instants fall in a lane at `nowMs`: indices `from` (the first
 * still ahead) to `to` (exclusive). Two binary searches, so it is cheap enough for every tick; the
 * pair changes only when a ticket enters or leaves the lane.
 */
export function laneSlice(
  nextBreaches: readonly number[],
  lane: Lane,
  nowMs: number,
): { from: number; to: number } {
  const from = countBelow(nextBreaches, nowMs, true);
  const to = Math.max(from, countBelow(nextBreaches, laneLimitMs(lane, nowMs), true));
  return { from, to };
}

/** How many tickets each lane holds at `nowMs`. */
export function laneCounts(nextBreaches: readonly number[], nowMs: number): LaneCounts {
  const counts = { '15m': 0, hour: 0, today: 0, week: 0 };
  for (const lane of LANES) {
    const { from, to } = laneSlice(nextBreaches, lane, nowMs);
    counts[lane] = to - from;
  }
  return counts;
}
