import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, businessTimeBetween } from '../index';
import type { BusinessCalendar } from '../index';
import {
  jerusalemSundayToThursday,
  kolkataOffice,
  lordHoweAroundTheClock,
  neverOpen,
  newYorkDstEdges,
  newYorkNightDesk,
  parisAroundTheClock,
  parisEveningDesk,
  parisOffice,
  parisSmallHours,
  parisSplitDay,
  parisWithHolidays,
  roundTheClock,
  sydneyEarlyShift,
} from '../../../test/fixtures/calendars';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const d = (iso: string): Date => new Date(iso);

/** Paris, Sundays only: one interval per test, to look at a single DST night. */
function parisSundays(...intervals: [string, string][]): BusinessCalendar {
  return {
    timeZone: 'Europe/Paris',
    week: intervals.map(([start, end]) => ({ day: 0, start, end })),
    holidays: [],
  };
}

describe('businessTimeBetween', () => {
  describe('ranges and boundaries', () => {
    it('is 0 when to equals from', () => {
      const at = d('2025-06-02T10:00:00+02:00');
      expect(businessTimeBetween(parisOffice, at, at)).toBe(0);
    });

    it('is 0 when to is before from', () => {
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-06-02T15:00:00+02:00'),
          d('2025-06-02T10:00:00+02:00'),
        ),
      ).toBe(0);
    });

    it('counts a whole day from opening to closing', () => {
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-06-02T09:00:00+02:00'),
          d('2025-06-02T17:00:00+02:00'),
        ),
      ).toBe(8 * HOUR);
    });

    it('counts nothing outside open hours', () => {
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-06-02T17:00:00+02:00'),
          d('2025-06-03T09:00:00+02:00'),
        ),
      ).toBe(0);
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-06-07T00:00:00+02:00'),
          d('2025-06-09T09:00:00+02:00'),
        ),
      ).toBe(0);
    });

    it('counts the half-open range [from, to) to the millisecond', () => {
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-06-02T08:59:59.999+02:00'),
          d('2025-06-02T09:00:00.001+02:00'),
        ),
      ).toBe(1);
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-06-02T16:59:59.999+02:00'),
          d('2025-06-02T17:00:00.001+02:00'),
        ),
      ).toBe(1);
    });

    it('counts five working days in a calendar week', () => {
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-06-01T12:00:00+02:00'),
          d('2025-06-08T12:00:00+02:00'),
        ),
      ).toBe(40 * HOUR);
    });

    it('counts across a weekend', () => {
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-06-06T16:00:00+02:00'),
          d('2025-06-09T10:00:00+02:00'),
        ),
      ).toBe(2 * HOUR);
    });

    it('counts a year of office hours', () => {
      // 2025 has 261 weekdays.
      expect(
        businessTimeBetween(
          parisOffice,
          d('2025-01-01T00:00:00+01:00'),
          d('2026-01-01T00:00:00+01:00'),
        ),
      ).toBe(261 * 8 * HOUR);
    });

    it('is 0 for a calendar that never opens', () => {
      expect(
        businessTimeBetween(neverOpen, d('2025-01-01T00:00:00Z'), d('2026-01-01T00:00:00Z')),
      ).toBe(0);
    });
  });

  describe('split days and week layouts', () => {
    it('leaves out the lunch break', () => {
      expect(
        businessTimeBetween(
          parisSplitDay,
          d('2025-06-02T00:00:00+02:00'),
          d('2025-06-03T00:00:00+02:00'),
        ),
      ).toBe(7 * HOUR);
      expect(
        businessTimeBetween(
          parisSplitDay,
          d('2025-06-02T11:30:00+02:00'),
          d('2025-06-02T13:30:00+02:00'),
        ),
      ).toBe(HOUR);
    });

    it('counts Sunday to Thursday and not Friday or Saturday', () => {
      expect(
        businessTimeBetween(
          jerusalemSundayToThursday,
          d('2025-06-01T00:00:00+03:00'),
          d('2025-06-08T00:00:00+03:00'),
        ),
      ).toBe(45 * HOUR);
      expect(
        businessTimeBetween(
          jerusalemSundayToThursday,
          d('2025-06-06T00:00:00+03:00'),
          d('2025-06-08T00:00:00+03:00'),
        ),
      ).toBe(0);
    });

    it('counts an overnight shift across midnight as one stretch', () => {
      expect(
        businessTimeBetween(
          newYorkNightDesk,
          d('2025-06-06T21:00:00-04:00'),
          d('2025-06-07T12:00:00-04:00'),
        ),
      ).toBe(8 * HOUR);
    });
  });

  describe('holidays', () => {
    it('is unchanged by a holiday on a Saturday', () => {
      expect(
        businessTimeBetween(
          parisWithHolidays,
          d('2025-10-27T00:00:00+01:00'),
          d('2025-11-03T00:00:00+01:00'),
        ),
      ).toBe(40 * HOUR);
    });

    it('is unchanged by a holiday on a Sunday', () => {
      expect(
        businessTimeBetween(
          parisWithHolidays,
          d('2025-05-05T00:00:00+02:00'),
          d('2025-05-12T00:00:00+02:00'),
        ),
      ).toBe(40 * HOUR);
    });

    it('removes a weekday holiday', () => {
      expect(
        businessTimeBetween(
          parisWithHolidays,
          d('2025-11-10T00:00:00+01:00'),
          d('2025-11-17T00:00:00+01:00'),
        ),
      ).toBe(32 * HOUR);
    });

    it('removes a run of holidays', () => {
      // Only Mon 22 and Tue 23 Dec are worked between Mon 22 Dec and Mon 5 Jan.
      expect(
        businessTimeBetween(
          parisWithHolidays,
          d('2025-12-22T00:00:00+01:00'),
          d('2026-01-05T00:00:00+01:00'),
        ),
      ).toBe(16 * HOUR);
    });

    it('keeps the part of a 24:00 shift that ends at the midnight of a holiday', () => {
      // Mon 16:00–24:00 counts; Tuesday 10 June is a holiday.
      expect(
        businessTimeBetween(
          parisEveningDesk,
          d('2025-06-09T00:00:00+02:00'),
          d('2025-06-11T00:00:00+02:00'),
        ),
      ).toBe(8 * HOUR);
      expect(
        businessTimeBetween(
          parisEveningDesk,
          d('2025-06-09T23:00:00+02:00'),
          d('2025-06-10T01:00:00+02:00'),
        ),
      ).toBe(HOUR);
    });
  });

  describe('time zones and daylight saving', () => {
    it('counts 2 h in 00:00–03:00 on the Paris spring-forward night', () => {
      expect(
        businessTimeBetween(
          parisSmallHours,
          d('2025-03-29T12:00:00+01:00'),
          d('2025-03-30T12:00:00+02:00'),
        ),
      ).toBe(2 * HOUR);
    });

    it('counts 4 h in 00:00–03:00 on the Paris fall-back night', () => {
      expect(
        businessTimeBetween(
          parisSmallHours,
          d('2025-10-25T12:00:00+02:00'),
          d('2025-10-26T12:00:00+01:00'),
        ),
      ).toBe(4 * HOUR);
    });

    it('counts 3 h in 00:00–03:00 on an ordinary night', () => {
      expect(
        businessTimeBetween(
          parisSmallHours,
          d('2025-06-01T12:00:00+02:00'),
          d('2025-06-02T12:00:00+02:00'),
        ),
      ).toBe(3 * HOUR);
    });

    it('gives no open time to an interval lying wholly in the spring-forward gap', () => {
      const gapOnly = parisSundays(['02:00', '02:30']);
      expect(
        businessTimeBetween(
          gapOnly,
          d('2025-03-29T12:00:00+01:00'),
          d('2025-03-30T12:00:00+02:00'),
        ),
      ).toBe(0);
      expect(
        businessTimeBetween(
          gapOnly,
          d('2025-03-22T12:00:00+01:00'),
          d('2025-03-23T12:00:00+01:00'),
        ),
      ).toBe(30 * MINUTE);
    });

    it('counts real time for an interval ending in the gap', () => {
      // 01:30 CET to 02:30 → 03:30 CEST: one real hour.
      const intoGap = parisSundays(['01:30', '02:30']);
      expect(
        businessTimeBetween(
          intoGap,
          d('2025-03-29T12:00:00+01:00'),
          d('2025-03-30T12:00:00+02:00'),
        ),
      ).toBe(HOUR);
    });

    it('counts time covered by two intervals of a DST night only once', () => {
      // 01:00–02:30 becomes [01:00 CET, 03:30 CEST) and overlaps [03:00 CEST, 04:00 CEST).
      const overlappingOnce = parisSundays(['01:00', '02:30'], ['03:00', '04:00']);
      expect(
        businessTimeBetween(
          overlappingOnce,
          d('2025-03-29T12:00:00+01:00'),
          d('2025-03-30T12:00:00+02:00'),
        ),
      ).toBe(2 * HOUR);
    });

    it('opens at 03:30 summer time when the opening wall time lies in the gap', () => {
      expect(
        businessTimeBetween(
          sydneyEarlyShift,
          d('2025-10-05T00:00:00+10:00'),
          d('2025-10-05T12:00:00+11:00'),
        ),
      ).toBe(90 * MINUTE);
    });

    it('opens at the first occurrence of a repeated wall time', () => {
      expect(
        businessTimeBetween(
          sydneyEarlyShift,
          d('2025-04-06T00:00:00+11:00'),
          d('2025-04-06T12:00:00+10:00'),
        ),
      ).toBe(210 * MINUTE);
    });

    it('runs through both occurrences of the repeated hour in New York', () => {
      // 01:30 EDT to 02:00 EST is 90 real minutes; 02:10–02:40 EST is 30 more.
      expect(
        businessTimeBetween(
          newYorkDstEdges,
          d('2025-11-02T00:00:00-04:00'),
          d('2025-11-02T12:00:00-05:00'),
        ),
      ).toBe(120 * MINUTE);
      // 01:30 EST to 02:00 → 03:00 EDT is 30 real minutes; 02:10–02:40 lies in the gap.
      expect(
        businessTimeBetween(
          newYorkDstEdges,
          d('2025-03-09T00:00:00-05:00'),
          d('2025-03-09T12:00:00-04:00'),
        ),
      ).toBe(30 * MINUTE);
    });

    it('follows the 30-minute DST shift of Lord Howe Island', () => {
      expect(
        businessTimeBetween(
          lordHoweAroundTheClock,
          d('2025-10-05T00:00:00+10:30'),
          d('2025-10-06T00:00:00+11:00'),
        ),
      ).toBe(23.5 * HOUR);
      expect(
        businessTimeBetween(
          lordHoweAroundTheClock,
          d('2025-04-06T00:00:00+11:00'),
          d('2025-04-07T00:00:00+10:30'),
        ),
      ).toBe(24.5 * HOUR);
    });

    it('follows the 45-minute zone of Chatham through its fall-back day', () => {
      // Sunday 6 April 2025 lasts 25 h on the Chatham Islands (+13:45 then +12:45).
      expect(
        businessTimeBetween(
          roundTheClock('Pacific/Chatham'),
          d('2025-04-06T00:00:00+13:45'),
          d('2025-04-07T00:00:00+12:45'),
        ),
      ).toBe(25 * HOUR);
    });

    it('reads open hours in the +05:30 zone of Kolkata', () => {
      // From 12:00 to 17:30 IST; the office closes at 17:00.
      expect(
        businessTimeBetween(
          kolkataOffice,
          d('2025-06-02T12:00:00+05:30'),
          d('2025-06-02T12:00:00Z'),
        ),
      ).toBe(5 * HOUR);
    });

    it('is elapsed time on a 24×7 calendar, whatever the zone', () => {
      const from = d('2025-03-29T12:00:00+01:00');
      const to = d('2025-03-30T12:00:00+02:00');
      expect(businessTimeBetween(parisAroundTheClock, from, to)).toBe(23 * HOUR);
      expect(businessTimeBetween(roundTheClock('Australia/Sydney'), from, to)).toBe(23 * HOUR);
      expect(businessTimeBetween(ALWAYS_OPEN, from, to)).toBe(23 * HOUR);
    });
  });
});
