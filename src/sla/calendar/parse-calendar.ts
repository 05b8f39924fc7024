import type { BusinessCalendar } from '../types';
import { DAY_MS } from './zone-time';

/** Minutes after local midnight of a "HH:mm" time ("24:00" is 1440). NaN when malformed. */
export function parseClockTime(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return Number.NaN;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return Number.NaN;
  return hours * 60 + minutes;
}

/** Days since 1970-01-01 of a local date "YYYY-MM-DD". NaN when malformed or not a real date. */
export function parseLocalDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return Number.NaN;
  return ms / DAY_MS;
}

/** Open intervals per weekday (0 = Sunday), as [startMinute, endMinute] pairs sorted by start. */
export type WeeklyPlan = [number, number][][];

/** The week of a calendar as minute pairs; entries that hold no wall-clock time are dropped. */
export function weeklyPlan(cal: BusinessCalendar): WeeklyPlan {
  const plan: WeeklyPlan = [[], [], [], [], [], [], []];
  for (const entry of cal.week) {
    const start = parseClockTime(entry.start);
    const end = parseClockTime(entry.end);
    if (!(end > start)) continue;
    plan[entry.day]?.push([start, end]);
  }
  for (const day of plan) day.sort((a, b) => a[0] - b[0]);
  return plan;
}
