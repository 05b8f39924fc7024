const TIME_OF_DAY = /^([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * Minutes after local midnight of a "HH:mm" wall-clock time, from 0 to 1440 ("24:00").
 * Returns `undefined` for anything else, so bad data cannot turn into NaN.
 */
export function parseTimeOfDay(text: string): number | undefined {
  const match = TIME_OF_DAY.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : undefined;
}
