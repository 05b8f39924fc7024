import type { BusinessCalendar, Weekday } from '../types';
import { compileCalendar, dayRef, locate } from './compile-calendar';
import { weekdayOf } from './day-plan';
import { DAY_MS } from './zone-time';

/** Why a stretch of time counts or not, on a business calendar. */
export type CalendarStretchKind =
  /** Open hours: this time counts. */
  | 'open'
  /** A business day, outside its open intervals. */
  | 'closed-hours'
  /** A weekday without open intervals (a weekend, in a Mon–Fri week). */
  | 'closed-day'
  /** A holiday of the calendar. */
  | 'holiday';

export interface CalendarStretch {
  fromMs: number;
  toMs: number;
  kind: CalendarStretchKind;
  /** The local date the stretch lies in, "YYYY-MM-DD". */
  localDate: string;
  weekday: Weekday;
}

const localDateOf = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

/**
 * `[fromMs, toMs)` cut into stretches that count (open) or not (and why), date by date. Adjacent
 * stretches of the same kind on the same date are merged. Cost grows with the dates spanned: this
 * is for explaining one deadline, not for the board's hot path.
 */
export function calendarStretches(
  cal: BusinessCalendar,
  fromMs: number,
  toMs: number,
): CalendarStretch[] {
  const stretches: CalendarStretch[] = [];
  if (toMs <= fromMs) return stretches;
  const compiled = compileCalendar(cal);
  const first = locate(compiled, fromMs);
  let dayNumber = first.chunk.firstDay + first.dayIndex;
  for (;;) {
    const { day } = dayRef(compiled, dayNumber);
    if (day.startMs >= toMs) break;
    const weekday = weekdayOf(dayNumber) as Weekday;
    const localDate = localDateOf(dayNumber);
    const closedKind: CalendarStretchKind = compiled.holidays.has(dayNumber)
      ? 'holiday'
      : (compiled.weekly[weekday]?.length ?? 0) === 0
        ? 'closed-day'
        : 'closed-hours';
    const push = (a: number, b: number, kind: CalendarStretchKind) => {
      const from = Math.max(a, fromMs);
      const to = Math.min(b, toMs);
      if (to <= from) return;
      const last = stretches[stretches.length - 1];
      if (last && last.kind === kind && last.localDate === localDate && last.toMs === from) {
        last.toMs = to;
      } else {
        stretches.push({ fromMs: from, toMs: to, kind, localDate, weekday });
      }
    };
    let cursor = day.startMs;
    for (let i = 0; i < day.opens.length; i++) {
      const open = day.opens[i] ?? cursor;
      const close = day.closes[i] ?? open;
      push(cursor, open, closedKind);
      push(open, close, 'open');
      cursor = close;
    }
    push(cursor, day.endMs, closedKind);
    dayNumber++;
  }
  return stretches;
}
