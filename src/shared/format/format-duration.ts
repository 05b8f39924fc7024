const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

function unit(locale: string, name: 'minute' | 'hour' | 'day', value: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(
    value,
  );
}

/**
 * A target length in words, e.g. 60 → "1 hour" / "1 heure", 84 h → "84 hours".
 *
 * Support targets read best in hours, so whole hours stay hours up to a day and beyond
 * (24 h → "24 hours", 84 h → "84 hours"); only a whole number of days of two or more becomes days
 * (168 h → "7 days"). Under an hour it is minutes; a mix is "1 hour, 30 minutes".
 *
 * @param minutes - a non-negative whole number of minutes
 * @param locale - a BCP 47 tag such as "en" or "fr"
 * @throws RangeError when `minutes` is negative, fractional or not finite
 */
export function formatDuration(minutes: number, locale: string): string {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`formatDuration expects whole minutes >= 0, got ${String(minutes)}`);
  }
  if (minutes >= 2 * MINUTES_PER_DAY && minutes % MINUTES_PER_DAY === 0) {
    return unit(locale, 'day', minutes / MINUTES_PER_DAY);
  }
  if (minutes < MINUTES_PER_HOUR) return unit(locale, 'minute', minutes);
  const hours = Math.floor(minutes / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  if (rest === 0) return unit(locale, 'hour', hours);
  return new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format([
    unit(locale, 'hour', hours),
    unit(locale, 'minute', rest),
  ]);
}
