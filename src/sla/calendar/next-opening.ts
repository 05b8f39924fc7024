import type { BusinessCalendar } from '../types';
import { assertOpensSometime, instantOf } from './calendar-errors';
import { chunkAt, CHUNK_DAYS, compileCalendar, locate } from './compile-calendar';
import { searchLimit } from './search-limit';

/**
 * `at` itself when the calendar is open then; otherwise the next instant at which it opens.
 *
 * @param cal - the business calendar
 * @param at - the instant to start from
 * @returns the next opening (or `at`)
 * @throws RangeError when the calendar never opens
 * @example
 * // Saturday 2026-03-14 12:00 in Paris, Mon–Fri 09:00–17:00: Monday 09:00
 * nextOpening(emea, new Date('2026-03-14T12:00:00+01:00')) // => 2026-03-16T08:00:00.000Z
 */
export function nextOpening(cal: BusinessCalendar, at: Date): Date {
  return new Date(nextOpeningMs(cal, instantOf(at, 'at')));
}

/** `nextOpening` on epoch ms, for the engine's hot path (no Date allocations). */
export function nextOpeningMs(cal: BusinessCalendar, t: number): number {
  const compiled = compileCalendar(cal);
  assertOpensSometime(compiled, 'nextOpening');
  if (compiled.alwaysOpen) return t;
  const ref = locate(compiled, t);
  for (let i = 0; i < ref.day.opens.length; i++) {
    const open = ref.day.opens[i] ?? 0;
    if (t < open) return open;
    if (t < (ref.day.closes[i] ?? 0)) return t;
  }
  let { chunkIndex, chunk } = ref;
  let dayIndex = ref.dayIndex + 1;
  const limit = searchLimit(chunkIndex);
  for (;;) {
    if (dayIndex >= CHUNK_DAYS || chunk.total - (chunk.cum[dayIndex] ?? 0) === 0) {
      chunk = chunkAt(compiled, ++chunkIndex);
      dayIndex = 0;
      if (chunkIndex > limit) throw new RangeError('nextOpening: no opening found');
      continue;
    }
    const first = chunk.days[dayIndex]?.opens[0];
    if (first !== undefined) return first;
    dayIndex++;
  }
}
