import { addBusinessMs } from '../calendar/add-business-time';
import { businessMsBetween } from '../calendar/business-time-between';
import { nextOpeningMs } from '../calendar/next-opening';
import type { ResolvedTarget } from './resolve-target';

/** Spans during which a metric's clock is stopped, [from, to), sorted; `to` may be Infinity. */
export type PauseSpans = readonly (readonly [number, number])[];

const between = (target: ResolvedTarget, a: number, b: number) =>
  businessMsBetween(target.clock, a, b);

/** Time on the target's clock in [a, b) that is not paused. */
export function activeTime(target: ResolvedTarget, pauses: PauseSpans, a: number, b: number) {
  let total = between(target, a, b);
  for (const [from, to] of pauses) {
    if (to <= a) continue;
    if (from >= b) break;
    total -= between(target, Math.max(from, a), Math.min(to, b));
  }
  return total;
}

/** A due instant moved to the next opening when the target snaps to open hours. */
export function snapDue(target: ResolvedTarget, dueMs: number): number {
  return target.snapTo ? nextOpeningMs(target.snapTo, dueMs) : dueMs;
}

/** The instant `ms` of active clock time after `fromMs`, snapped when the target says so. */
export function dueAfter(target: ResolvedTarget, fromMs: number, ms: number): number {
  return snapDue(target, addBusinessMs(target.clock, fromMs, Math.max(0, ms)));
}

function pausedAfter(pauses: PauseSpans, startMs: number): boolean {
  for (const [, to] of pauses) if (to > startMs) return true;
  return false;
}

/**
 * The due instant of a target started at `startMs`, skipping paused spans; null when an open
 * pause stopped the clock before the target was used up.
 */
export function dueWithPauses(target: ResolvedTarget, pauses: PauseSpans, startMs: number) {
  if (target.fixedDueMs !== null && !pausedAfter(pauses, startMs)) return target.fixedDueMs;
  let remaining = target.targetMs;
  let cursor = startMs;
  for (const [from, to] of pauses) {
    if (to <= cursor) continue;
    if (from > cursor) {
      const available = between(target, cursor, from);
      if (available >= remaining) return dueAfter(target, cursor, remaining);
      remaining -= available;
    }
    if (to === Infinity) return null;
    cursor = to;
  }
  return dueAfter(target, cursor, remaining);
}
