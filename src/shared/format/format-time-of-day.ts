import { parseTimeOfDay } from './parse-time-of-day';

/**
 * A wall-clock "HH:mm" as `locale` writes times: "09:00" → "9:00 AM" (en) / "09:00" (fr).
 * "24:00", the end of a day, is written as midnight. Text that is not a valid time is returned
 * unchanged, so the page still shows what the data holds.
 */
export function formatTimeOfDay(text: string, locale: string): string {
  const minutes = parseTimeOfDay(text);
  if (minutes === undefined) return text;
  const instant = new Date(Date.UTC(1970, 0, 1, 0, minutes % (24 * 60)));
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(instant);
}
