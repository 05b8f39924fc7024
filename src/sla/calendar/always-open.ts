import type { BusinessCalendar, Weekday } from '../types';

/** The 24×7 clock: every day open 00:00–24:00, no holidays. Business time equals elapsed time. */
export const ALWAYS_OPEN: BusinessCalendar = Object.freeze({
  timeZone: 'UTC',
  week: ([0, 1, 2, 3, 4, 5, 6] as const).map((day: Weekday) => ({
    day,
    start: '00:00',
    end: '24:00',
  })),
  holidays: [],
});
