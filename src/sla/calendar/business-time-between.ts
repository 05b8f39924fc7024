import type { BusinessCalendar } from '../types';
import { instantOf } from './calendar-errors';
import { chunkAt, type CompiledCalendar, compileCalendar, locate } from './compile-calendar';
import { openBefore } from './day-plan';

/** Open ms from the start of the chunk of `t` up to `t`, with that chunk's index. */
function openSinceChunkStart(compiled: CompiledCalendar, t: number): [number, number] {
  const ref = locate(compiled, t);
  return [ref.chunkIndex, (ref.chunk.cum[ref.dayIndex] ?? 0) + openBefore(ref.day, t)];
}

/**
 * Milliseconds of open time in `[from, to)`; 0 when `to <= from`. Cost grows with the number of
 * 32-day chunks spanned, never with minutes.
 *
 * @param cal - the business calendar
 * @param from - start instant (inclusive)
 * @param to - end instant (exclusive)
 * @returns open time in ms
 * @example
 * // Friday 16:00 to Monday 10:00 in Paris, Mon–Fri 09:00–17:00: 1 h + 1 h
 * businessTimeBetween(emea, new Date('2026-03-13T16:00:00+01:00'),
 *   new Date('2026-03-16T10:00:00+01:00')) // 7_200_000
 */
export function businessTimeBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  return businessMsBetween(cal, instantOf(from, 'from'), instantOf(to, 'to'));
}

/** `businessTimeBetween` on epoch ms, for the engine's hot path (no Date allocations). */
export function businessMsBetween(cal: BusinessCalendar, a: number, b: number): number {
  if (b <= a) return 0;
  const compiled = compileCalendar(cal);
  if (compiled.neverOpens) return 0;
  if (compiled.alwaysOpen) return b - a;
  const [chunkA, openA] = openSinceChunkStart(compiled, a);
  const [chunkB, openB] = openSinceChunkStart(compiled, b);
  let total = openB - openA;
  for (let k = chunkA; k < chunkB; k++) total += chunkAt(compiled, k).total;
  return total;
}
