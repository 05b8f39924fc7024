const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** How a recurring interval reads to people, before it is put into words. */
export type CadencePhrase =
  | { kind: 'hourly' }
  /** A whole number of hours that divides a day: "every 4 hours". */
  | { kind: 'every-hours'; minutes: number }
  | { kind: 'daily' }
  /** Longer than a day and dividing a week evenly: 84 h → twice a week. */
  | { kind: 'weekly'; times: number }
  /** Anything else: "once every 36 hours". */
  | { kind: 'every'; minutes: number };

/**
 * Chooses the most natural phrase for an update cadence of `minutes`:
 * 60 → hourly, 240 → every 4 hours, 1440 → daily, 5040 (84 h) → twice a week,
 * 10080 → once a week, 2160 (36 h) → every 36 hours.
 *
 * @param minutes - the longest gap allowed between two updates, a positive whole number
 * @throws RangeError when `minutes` is not a positive whole number
 */
export function describeCadence(minutes: number): CadencePhrase {
  if (!Number.isInteger(minutes) || minutes <= 0) {
    throw new RangeError(`describeCadence expects whole minutes > 0, got ${String(minutes)}`);
  }
  if (minutes === MINUTES_PER_HOUR) return { kind: 'hourly' };
  if (minutes === MINUTES_PER_DAY) return { kind: 'daily' };
  const isWholeHours = minutes % MINUTES_PER_HOUR === 0;
  if (isWholeHours && minutes < MINUTES_PER_DAY && MINUTES_PER_DAY % minutes === 0) {
    return { kind: 'every-hours', minutes };
  }
  if (minutes > MINUTES_PER_DAY && MINUTES_PER_WEEK % minutes === 0) {
    return { kind: 'weekly', times: MINUTES_PER_WEEK / minutes };
  }
  return { kind: 'every', minutes };
}
