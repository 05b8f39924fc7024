import type { BusinessCalendar } from '../types';
import { parseClockTime, parseLocalDate } from './parse-calendar';

/** What is wrong in a calendar, as data (the UI words it in each language). */
export type CalendarIssueCode =
  | 'unknown-time-zone'
  | 'bad-weekday'
  | 'bad-start'
  | 'bad-end'
  | 'end-not-after-start'
  | 'overlap'
  | 'bad-holiday';

/**
 * One problem found in a calendar: where (a path into the object), what (`code`, with the
 * offending `value` as written, or for an overlap the path of the other interval) and an English
 * `message` for logs and docs.
 */
export interface CalendarIssue {
  path: (string | number)[];
  code: CalendarIssueCode;
  value: string;
  message: string;
}

export type CalendarCheck =
  { ok: true; value: BusinessCalendar } | { ok: false; issues: CalendarIssue[] };

/** Whether the platform (Intl, as Temporal and @date-fns/tz use) knows an IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone.length > 0;
  } catch {
    return false;
  }
}

/**
 * Checks a calendar where calendars enter the app (policy import, the calendar editor): a known
 * time zone, "HH:mm" times with the end after the start (end may be "24:00"), no overlapping
 * intervals on one weekday, and real "YYYY-MM-DD" holidays. The calendar functions assume a
 * calendar that passed.
 *
 * @example
 * validateCalendar({ timeZone: 'Mars/Olympus', week: [], holidays: [] })
 * // { ok: false, issues: [{ path: ['timeZone'], code: 'unknown-time-zone', value: 'Mars/Olympus', … }] }
 */
export function validateCalendar(cal: BusinessCalendar): CalendarCheck {
  const issues: CalendarIssue[] = [];
  if (!isKnownTimeZone(cal.timeZone)) {
    issues.push({
      path: ['timeZone'],
      code: 'unknown-time-zone',
      value: cal.timeZone,
      message: `unknown time zone "${cal.timeZone}"`,
    });
  }
  const byDay = new Map<number, { index: number; start: number; end: number }[]>();
  cal.week.forEach((entry, index) => {
    const start = parseClockTime(entry.start);
    const end = parseClockTime(entry.end);
    if (!Number.isInteger(entry.day) || entry.day < 0 || entry.day > 6) {
      issues.push({
        path: ['week', index, 'day'],
        code: 'bad-weekday',
        value: String(entry.day),
        message: 'day must be 0 (Sunday) to 6',
      });
    }
    if (Number.isNaN(start) || start >= 1440) {
      issues.push({
        path: ['week', index, 'start'],
        code: 'bad-start',
        value: entry.start,
        message: `"${entry.start}" is not HH:mm`,
      });
    } else if (Number.isNaN(end)) {
      issues.push({
        path: ['week', index, 'end'],
        code: 'bad-end',
        value: entry.end,
        message: `"${entry.end}" is not HH:mm or 24:00`,
      });
    } else if (end <= start) {
      issues.push({
        path: ['week', index, 'end'],
        code: 'end-not-after-start',
        value: entry.end,
        message: 'the end must be after the start',
      });
    } else {
      const list = byDay.get(entry.day) ?? [];
      list.push({ index, start, end });
      byDay.set(entry.day, list);
    }
  });
  for (const list of byDay.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      const [previous, current] = [list[i - 1], list[i]];
      if (previous && current && current.start < previous.end) {
        issues.push({
          path: ['week', current.index],
          code: 'overlap',
          value: `week[${previous.index}]`,
          message: `overlaps the interval at week[${previous.index}] on the same day`,
        });
      }
    }
  }
  cal.holidays.forEach((holiday, index) => {
    if (Number.isNaN(parseLocalDate(holiday))) {
      issues.push({
        path: ['holidays', index],
        code: 'bad-holiday',
        value: holiday,
        message: `"${holiday}" is not a YYYY-MM-DD date`,
      });
    }
  });
  return issues.length === 0 ? { ok: true, value: cal } : { ok: false, issues };
}
