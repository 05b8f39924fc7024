import type { WeeklyPlan } from './parse-calendar';
import { DAY_MS, MINUTE_MS, wallToInstant } from './zone-time';

/** One local date of a calendar, resolved to instants. */
export interface DayPlan {
  /** Instant of the date's local midnight. */
  startMs: number;
  /** Instant of the next date's local midnight. */
  endMs: number;
  /** Open intervals as instants, sorted, disjoint, each of positive length: [open, close). */
  opens: number[];
  closes: number[];
  /** Open time of the date, ms. */
  openMs: number;
  /**
   * The closing instant of the date's last interval (the one that ends last on the wall clock)
   * when the date is a business day; NaN otherwise.
   */
  businessCloseMs: number;
}

export interface DayRules {
  timeZone: string;
  weekly: WeeklyPlan;
  holidays: ReadonlySet<number>;
}

/** Weekday of a day number (days since 1970-01-01, a Thursday), 0 = Sunday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Resolves one local date (days since 1970-01-01) of a calendar to instants. */
export function buildDayPlan(rules: DayRules, dayNumber: number): DayPlan {
  const wallMidnight = dayNumber * DAY_MS;
  const startMs = wallToInstant(rules.timeZone, wallMidnight).instantMs;
  const endMs = wallToInstant(rules.timeZone, wallMidnight + DAY_MS).instantMs;
  const plan: DayPlan = { startMs, endMs, opens: [], closes: [], openMs: 0, businessCloseMs: NaN };
  const entries = rules.weekly[weekdayOf(dayNumber)] ?? [];
  if (entries.length === 0 || rules.holidays.has(dayNumber)) return plan;

  const pairs: [number, number][] = [];
  let latestEndMinute = -1;
  for (const [startMinute, endMinute] of entries) {
    const open = wallToInstant(rules.timeZone, wallMidnight + startMinute * MINUTE_MS);
    const close = wallToInstant(rules.timeZone, wallMidnight + endMinute * MINUTE_MS);
    if (endMinute > latestEndMinute) {
      latestEndMinute = endMinute;
      plan.businessCloseMs = close.instantMs;
    }
    // Both ends in the same spring-forward gap: the interval never exists on this date.
    if (open.inGap && close.inGap) continue;
    const from = Math.max(open.instantMs, startMs);
    const to = Math.min(close.instantMs, endMs);
    if (to > from) pairs.push([from, to]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  for (const [from, to] of pairs) {
    const last = plan.closes.length - 1;
    if (last >= 0 && from <= (plan.closes[last] ?? -Infinity)) {
      plan.closes[last] = Math.max(plan.closes[last] ?? to, to);
    } else {
      plan.opens.push(from);
      plan.closes.push(to);
    }
  }
  for (let i = 0; i < plan.opens.length; i++) {
    plan.openMs += (plan.closes[i] ?? 0) - (plan.opens[i] ?? 0);
  }
  return plan;
}

/** Open time of a day before instant `t` (clamped to the day). */
export function openBefore(day: DayPlan, t: number): number {
  let sum = 0;
  for (let i = 0; i < day.opens.length; i++) {
    const open = day.opens[i] ?? 0;
    if (t <= open) break;
    sum += Math.min(t, day.closes[i] ?? 0) - open;
  }
  return sum;
}
