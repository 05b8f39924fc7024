import type { Weekday, WeeklyInterval } from '../../../sla';

/** The week as people read it in both languages: Monday first. */
export const WEEK_FROM_MONDAY: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export interface OpenHoursRun {
  from: Weekday;
  to: Weekday;
  /** Sorted by start; empty when closed all day. */
  intervals: { start: string; end: string }[];
}

/**
 * Runs of consecutive days (Monday first) with the same open intervals:
 * Mon–Fri 09:00–17:00 and Sat–Sun closed become two runs.
 */
export function groupOpenHours(week: readonly WeeklyInterval[]): OpenHoursRun[] {
  const runs: OpenHoursRun[] = [];
  let previousSignature: string | undefined;
  for (const day of WEEK_FROM_MONDAY) {
    const intervals = week
      .filter((interval) => interval.day === day)
      .map(({ start, end }) => ({ start, end }))
      .sort((a, b) => a.start.localeCompare(b.start));
    const signature = JSON.stringify(intervals);
    const last = runs.at(-1);
    if (last && signature === previousSignature) last.to = day;
    else runs.push({ from: day, to: day, intervals });
    previousSignature = signature;
  }
  return runs;
}
