import type { BusinessCalendar } from '../types';
import { instantOf } from './calendar-errors';
import { compileCalendar, locate } from './compile-calendar';

/**
 * Whether an instant lies in an open interval `[open, close)` of the calendar.
 *
 * @param cal - the business calendar
 * @param at - the instant to test
 * @returns true when the calendar is open at `at`
 * @example
 * // Monday 2026-03-09 09:30 in Paris, Mon–Fri 09:00–17:00
 * isOpen(emea, new Date('2026-03-09T09:30:00+01:00')) // true
 */
export function isOpen(cal: BusinessCalendar, at: Date): boolean {
  const t = instantOf(at, 'at');
  const compiled = compileCalendar(cal);
  if (compiled.neverOpens) return false;
  if (compiled.alwaysOpen) return true;
  const { day } = locate(compiled, t);
  for (let i = 0; i < day.opens.length; i++) {
    if (t < (day.opens[i] ?? 0)) return false;
    if (t < (day.closes[i] ?? 0)) return true;
  }
  return false;
}
