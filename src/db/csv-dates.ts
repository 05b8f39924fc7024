/**
 * Dates as other helpdesks write them in CSV files: ISO 8601 with or without an offset,
 * "2026-03-10 14:05", "10/03/2026 14:05" (day first), "03/10/2026 2:05 PM" (month first),
 * "10.03.2026". A date-time without an offset is a wall-clock time in `timeZone` (default UTC);
 * in a daylight-saving gap it moves forward by the gap, in an overlap it takes the earlier instant.
 */

export type DateOrder = 'dmy' | 'mdy';

export interface CsvDateOptions {
  /** IANA zone of times written without an offset; default 'UTC'. */
  timeZone?: string;
  /** How to read "01/02/2026"; default 'dmy'. */
  dateOrder?: DateOrder;
}

const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const ISO_LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's offset from UTC at `utcMs`, in ms. */
function offsetAt(timeZone: string, utcMs: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

function isRealDate({ year, month, day, hour, minute, second }: WallTime): boolean {
  if (hour > 23 || minute > 59 || second > 59) return false;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1;
}

/** A wall-clock time in `timeZone` as epoch ms (Temporal's 'compatible' disambiguation). */
export function wallTimeToEpochMs(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offsetBefore = offsetAt(timeZone, asUtc - 86_400_000);
  const offsetAfter = offsetAt(timeZone, asUtc + 86_400_000);
  const early = asUtc - offsetBefore;
  const late = asUtc - offsetAfter;
  const isEarlyReal = offsetAt(timeZone, early) === offsetBefore;
  const isLateReal = offsetAt(timeZone, late) === offsetAfter;
  if (isEarlyReal && isLateReal) return Math.min(early, late); // an overlap: the earlier one
  if (isLateReal) return late;
  // Real before the change, or in a gap: the offset before the gap moves the time forward.
  return early;
}

function wallFromSlashed(match: RegExpExecArray, order: DateOrder): WallTime | null {
  const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let hour = Number(match[4] ?? 0);
  const meridiem = match[7]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return {
    year,
    month: order === 'dmy' ? second : first,
    day: order === 'dmy' ? first : second,
    hour,
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
  };
}

/**
 * A CSV date or date-time as epoch ms, or null when it is not one (or not a real date).
 *
 * @example
 * parseCsvInstant('10/03/2026 14:05', { timeZone: 'Europe/Paris' }) // 2026-03-10T13:05:00Z
 */
export function parseCsvInstant(text: string, options: CsvDateOptions = {}): number | null {
  const value = text.trim();
  if (ISO_WITH_OFFSET.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  }
  let wall: WallTime | null = null;
  const iso = ISO_LOCAL.exec(value);
  if (iso) {
    const [year, month, day, hour, minute, second] = iso.slice(1).map((part) => Number(part ?? 0));
    wall = {
      year: year ?? 0,
      month: month ?? 0,
      day: day ?? 0,
      hour: hour ?? 0,
      minute: minute ?? 0,
      second: second ?? 0,
    };
  } else {
    const slashed = SLASHED.exec(value);
    if (slashed) wall = wallFromSlashed(slashed, options.dateOrder ?? 'dmy');
  }
  if (!wall || !isRealDate(wall)) return null;
  try {
    return wallTimeToEpochMs(wall, options.timeZone ?? 'UTC');
  } catch {
    return null;
  }
}

/**
 * How the slashed dates of a column read: 'dmy' when a first part is above 12, 'mdy' when a
 * second part is, null when no value decides (or none is slashed).
 */
export function guessDateOrder(values: readonly string[]): DateOrder | null {
  for (const value of values) {
    const match = SLASHED.exec(value.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return 'dmy';
    if (Number(match[2]) > 12) return 'mdy';
  }
  return null;
}
