import { tzOffset } from '@date-fns/tz';

/** Milliseconds in a civil day of 24 hours (wall-clock arithmetic, never elapsed time). */
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

const offsetCaches = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 200_000;

/** The zone's UTC offset at an instant, in ms (east positive). */
export function offsetAt(timeZone: string, instantMs: number): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  let cache = offsetCaches.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(timeZone, cache);
  }
  const hit = cache.get(instantMs);
  if (hit !== undefined) return hit;
  const minutes = tzOffset(timeZone, new Date(instantMs));
  if (!Number.isFinite(minutes)) {
    throw new RangeError(`Unknown time zone "${timeZone}"`);
  }
  const offsetMs = Math.round(minutes * MINUTE_MS);
  if (cache.size > OFFSET_CACHE_LIMIT) cache.clear();
  cache.set(instantMs, offsetMs);
  return offsetMs;
}

/** A local wall time turned into an instant, and whether that wall time did not exist. */
export interface ZonedInstant {
  instantMs: number;
  /** The wall time fell in a spring-forward gap. */
  inGap: boolean;
}

/**
 * Turns a local wall time, written as if it were UTC (`Date.UTC(y, m, d, h, min)`), into an
 * instant with Temporal's 'compatible' rule: a wall time that a spring-forward skipped is moved
 * forward by the length of the gap; a wall time that a fall-back repeated takes its earlier
 * occurrence. Assumes at most one offset change within a day either side (true of every zone).
 */
export function wallToInstant(timeZone: string, wallMs: number): ZonedInstant {
  const before = offsetAt(timeZone, wallMs - DAY_MS);
  const after = offsetAt(timeZone, wallMs + DAY_MS);
  if (before === after) return { instantMs: wallMs - before, inGap: false };
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = offsetAt(timeZone, early) === before;
  const lateValid = offsetAt(timeZone, late) === after;
  if (earlyValid && lateValid) return { instantMs: Math.min(early, late), inGap: false };
  if (earlyValid) return { instantMs: early, inGap: false };
  if (lateValid) return { instantMs: late, inGap: false };
  // In the gap: reading the wall time with the offset in force before the change is the same as
  // moving it forward by the gap's length and reading it with the offset after.
  return { instantMs: early, inGap: true };
}
