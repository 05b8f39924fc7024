import type { Weekday, WeeklyInterval } from '../../../sla';
import { formatTimeOfDay } from '../../../shared/format/format-time-of-day';
import { formatWeekday } from '../../../shared/format/format-weekday';

const WEEK_FROM_MONDAY: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

interface Run {
  from: Weekday;
  to: Weekday;
  hours: string;
}

/**
 * A calendar's open hours in a few words, Monday first, closed days left out:
 * "Mon–Fri 9:00 AM–5:00 PM" (en) / "lun.–ven. 09:00–17:00" (fr).
 */
export function describeOpenHours(week: readonly WeeklyInterval[], locale: string): string {
  const runs: Run[] = [];
  let previous: Weekday | undefined;
  for (const day of WEEK_FROM_MONDAY) {
    const hours = week
      .filter((interval) => interval.day === day)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((i) => `${formatTimeOfDay(i.start, locale)}–${formatTimeOfDay(i.end, locale)}`)
      .join(', ');
    const last = runs.at(-1);
    if (hours !== '' && last && last.to === previous && last.hours === hours) last.to = day;
    else if (hours !== '') runs.push({ from: day, to: day, hours });
    previous = day;
  }
  return runs
    .map(({ from, to, hours }) => {
      const days =
        from === to
          ? formatWeekday(from, locale, 'short')
          : `${formatWeekday(from, locale, 'short')}–${formatWeekday(to, locale, 'short')}`;
      return `${days} ${hours}`;
    })
    .join('; ');
}
