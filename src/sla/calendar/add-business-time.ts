import type { BusinessCalendar } from '../types';
import { assertOpensSometime, instantOf } from './calendar-errors';
import { chunkAt, CHUNK_DAYS, compileCalendar, locate } from './compile-calendar';
import { openBefore } from './day-plan';
import { searchLimit } from './search-limit';

/**
 * The earliest instant `t >= start` with `businessTimeBetween(cal, start, t) === ms`.
 * `ms = 0` returns `start` itself, even when closed; a target used up exactly at a closing time
 * returns that closing instant. Cost grows with the 32-day chunks spanned, never with minutes.
 *
 * @param cal - the business calendar
 * @param start - the instant counting starts from
 * @param ms - business time to add, in ms (>= 0)
 * @returns the due instant
 * @throws RangeError when `ms > 0` and the calendar never opens, or `ms` is negative
 * @example
 * // Friday 16:00 in Paris plus 2 business hours (Mon–Fri 09:00–17:00): Monday 10:00
 * addBusinessTime(emea, new Date('2026-03-13T16:00:00+01:00'), 7_200_000)
 * // => 2026-03-16T09:00:00.000Z
 */
export function addBusinessTime(cal: BusinessCalendar, start: Date, ms: number): Date {
  return new Date(addBusinessMs(cal, instantOf(start, 'start'), ms));
}

/** `addBusinessTime` on epoch ms, for the engine's hot path (no Date allocations). */
export function addBusinessMs(cal: BusinessCalendar, t: number, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`addBusinessTime: ms must be a finite number >= 0 (got ${ms})`);
  }
  if (ms === 0) return t;
  const compiled = compileCalendar(cal);
  if (compiled.alwaysOpen) return t + ms;
  assertOpensSometime(compiled, 'addBusinessTime');

  const ref = locate(compiled, t);
  let chunkIndex = ref.chunkIndex;
  let chunk = ref.chunk;
  // Open time still to reach, counted from the start of the current chunk.
  let need = (chunk.cum[ref.dayIndex] ?? 0) + openBefore(ref.day, t) + ms;
  const limit = searchLimit(chunkIndex);
  while (chunk.total < need) {
    need -= chunk.total;
    chunk = chunkAt(compiled, ++chunkIndex);
    if (chunkIndex > limit) throw new RangeError('addBusinessTime: no open time found');
  }
  let dayIndex = 0;
  while (dayIndex < CHUNK_DAYS - 1 && (chunk.cum[dayIndex + 1] ?? 0) < need) dayIndex++;
  const day = chunk.days[dayIndex];
  let rest = need - (chunk.cum[dayIndex] ?? 0);
  for (let i = 0; day && i < day.opens.length; i++) {
    const open = day.opens[i] ?? 0;
    const length = (day.closes[i] ?? 0) - open;
    if (length >= rest) return open + rest;
    rest -= length;
  }
  throw new RangeError('addBusinessTime: inconsistent calendar plan (a bug)');
}
