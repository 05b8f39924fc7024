import type { Translate } from '../i18n/translate';

const SECOND_MS = 1000;
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;

type CountdownUnit = 'day' | 'hour' | 'minute' | 'second';

/** One formatter per locale: a board formats hundreds of countdowns a second. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

function part(t: Translate, number: Intl.NumberFormat, unit: CountdownUnit, value: number) {
  return t(`countdown.unit.${unit}`, { value: number.format(value) });
}

/** Whole seconds in words, the two largest units: "1 d 3 h", "2 h 5 min", "42 min 10 s", "8 s". */
function formatSeconds(totalS: number, t: Translate, locale: string, isCalm = false): string {
  const number = numberFormat(locale);
  const days = Math.floor(totalS / DAY_S);
  const hours = Math.floor((totalS % DAY_S) / HOUR_S);
  const minutes = Math.floor((totalS % HOUR_S) / MINUTE_S);
  const seconds = totalS % MINUTE_S;
  if (days > 0) return `${part(t, number, 'day', days)} ${part(t, number, 'hour', hours)}`;
  if (hours > 0) return `${part(t, number, 'hour', hours)} ${part(t, number, 'minute', minutes)}`;
  if (minutes > 0 && isCalm) return part(t, number, 'minute', minutes);
  if (minutes > 0) {
    return `${part(t, number, 'minute', minutes)} ${part(t, number, 'second', seconds)}`;
  }
  return part(t, number, 'second', seconds);
}

/**
 * A live countdown in words, from wall milliseconds left (negative once past the due instant):
 * "42 min 10 s", "1 d 3 h", or "breached 12 min ago". Time left rounds up (a countdown shows
 * "1 s" until the due instant); time since a breach rounds down and drops the seconds after the
 * first minute, so it reads calmly. Units and phrases come from the catalogue, numbers from
 * Intl.NumberFormat.
 *
 * @param remainingMs - wall milliseconds until the due instant; negative after it
 * @param t - the catalogue lookup of the viewer's language
 * @param locale - a BCP 47 tag such as "en" or "fr"
 * @example
 * formatCountdown(2_530_000, t, 'en') // "42 min 10 s"
 * formatCountdown(-720_000, t, 'en') // "breached 12 min ago"
 */
export function formatCountdown(remainingMs: number, t: Translate, locale: string): string {
  if (!Number.isFinite(remainingMs)) {
    throw new RangeError(`formatCountdown expects finite ms, got ${String(remainingMs)}`);
  }
  if (remainingMs >= 0) return formatSeconds(Math.ceil(remainingMs / SECOND_MS), t, locale);
  const sinceS = Math.floor(-remainingMs / SECOND_MS);
  return t('countdown.breachedAgo', { duration: formatSeconds(sinceS, t, locale, true) });
}

/** Frozen time left of a paused metric: the same words, without the "breached" phrase. */
export function formatFrozenRemaining(remainingMs: number, t: Translate, locale: string): string {
  if (remainingMs < 0) return formatCountdown(remainingMs, t, locale);
  return t('countdown.frozen', { duration: formatCountdown(remainingMs, t, locale) });
}
