/** 2023-01-01 was a Sunday: day 0 in `Date.prototype.getDay` numbering. */
const A_SUNDAY_UTC = Date.UTC(2023, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The name of weekday `day` (0 = Sunday … 6 = Saturday) in `locale`: 1 → "Monday" / "lundi". */
export function formatWeekday(
  day: number,
  locale: string,
  width: 'long' | 'short' = 'long',
): string {
  if (!Number.isInteger(day) || day < 0 || day > 6) {
    throw new RangeError(`formatWeekday expects a day from 0 to 6, got ${String(day)}`);
  }
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    new Date(A_SUNDAY_UTC + day * DAY_MS),
  );
}
