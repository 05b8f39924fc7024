import type { BusinessCalendar } from '../types';
import { assertOpensSometime, instantOf } from './calendar-errors';
import { chunkAt, CHUNK_DAYS, compileCalendar, locate } from './compile-calendar';
import { searchLimit } from './search-limit';

/**
 * The closing instant (end of its last interval) of the first business day whose local date is
 * strictly after the local date of `at`. A business day has at least one open interval and is
 * not a holiday. This is the policy's "next business day" first-response target.
 *
 * @param cal - the business calendar
 * @param at - the instant (usually a ticket's creation)
 * @returns the closing instant of the next business day
 * @throws RangeError when the calendar never opens
 * @example
 * // Friday 2026-03-13 10:00 in Paris, Mon–Fri 09:00–17:00: Monday 17:00
 * nextBusinessDayEnd(emea, new Date('2026-03-13T10:00:00+01:00'))
 * // => 2026-03-16T16:00:00.000Z
 */
export function nextBusinessDayEnd(cal: BusinessCalendar, at: Date): Date {
  return new Date(nextBusinessDayEndMs(cal, instantOf(at, 'at')));
}

/** `nextBusinessDayEnd` on epoch ms, for the engine's hot path (no Date allocations). */
export function nextBusinessDayEndMs(cal: BusinessCalendar, t: number): number {
  const compiled = compileCalendar(cal);
  assertOpensSometime(compiled, 'nextBusinessDayEnd');
  const ref = locate(compiled, t);
  let { chunkIndex, chunk } = ref;
  let dayIndex = ref.dayIndex + 1;
  const limit = searchLimit(chunkIndex);
  for (;;) {
    if (dayIndex >= CHUNK_DAYS || (dayIndex === 0 && !chunk.hasBusinessDay)) {
      chunk = chunkAt(compiled, ++chunkIndex);
      if (chunkIndex > limit) throw new RangeError('nextBusinessDayEnd: no business day found');
      dayIndex = chunk.hasBusinessDay ? 0 : CHUNK_DAYS;
      continue;
    }
    const close = chunk.days[dayIndex]?.businessCloseMs ?? Number.NaN;
    if (!Number.isNaN(close)) return close;
    dayIndex++;
  }
}
