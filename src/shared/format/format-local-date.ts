const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date "YYYY-MM-DD" in words for `locale`: "2026-12-25" → "Friday, December 25, 2026".
 * The date is local to no zone, so it is formatted in UTC and never shifts a day. Text that is
 * not a real date is returned unchanged.
 */
export function formatLocalDate(text: string, locale: string): string {
  const match = LOCAL_DATE.exec(text);
  if (!match) return text;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(year, month - 1, day));
  if (instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) return text;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(instant);
}
