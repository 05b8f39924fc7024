import { describe, expect, it } from 'vitest';
import { nextBusinessDayEnd } from '../index';
import type { BusinessCalendar } from '../index';
import {
  jerusalemSundayToThursday,
  kolkataOffice,
  lordHoweOffice,
  neverOpen,
  newYorkNightDesk,
  newYorkOffice,
  parisAroundTheClock,
  parisEveningDesk,
  parisOffice,
  parisSmallHours,
  parisSplitDay,
  parisWithHolidays,
  sydneyOffice,
} from '../../../test/fixtures/calendars';

const d = (iso: string): Date => new Date(iso);

/** Paris, Sunday 02:00–02:30 (wholly in the gap on 30 March) and Mon 09:00–17:00. */
const parisGapSunday: BusinessCalendar = {
  timeZone: 'Europe/Paris',
  week: [
    { day: 1, start: '09:00', end: '17:00' },
    { day: 0, start: '02:00', end: '02:30' },
  ],
  holidays: [],
};

/**
 * Paris, Sunday 01:00–02:30 and 03:00–03:15. On 30 March the first ends at 03:30 CEST, after the
 * second, but the second ends later on the wall clock.
 */
const parisCrossedSunday: BusinessCalendar = {
  timeZone: 'Europe/Paris',
  week: [
    { day: 0, start: '03:00', end: '03:15' },
    { day: 0, start: '01:00', end: '02:30' },
  ],
  holidays: [],
};

describe('nextBusinessDayEnd', () => {
  describe('which day', () => {
    it('returns Monday closing from Friday 10:00', () => {
      expect(nextBusinessDayEnd(parisOffice, d('2025-06-06T10:00:00+02:00'))).toEqual(
        d('2025-06-09T17:00:00+02:00'),
      );
    });

    it('returns Monday closing from Saturday and from Sunday', () => {
      const mondayClose = d('2025-06-09T17:00:00+02:00');
      expect(nextBusinessDayEnd(parisOffice, d('2025-06-07T10:00:00+02:00'))).toEqual(mondayClose);
      expect(nextBusinessDayEnd(parisOffice, d('2025-06-08T23:59:59.999+02:00'))).toEqual(
        mondayClose,
      );
    });

    it('takes the next date even before opening hours on a business day', () => {
      expect(nextBusinessDayEnd(parisOffice, d('2025-06-02T06:00:00+02:00'))).toEqual(
        d('2025-06-03T17:00:00+02:00'),
      );
    });

    it('takes the next date from the first and the last instant of a day', () => {
      const tuesdayClose = d('2025-06-03T17:00:00+02:00');
      expect(nextBusinessDayEnd(parisOffice, d('2025-06-02T00:00:00+02:00'))).toEqual(tuesdayClose);
      expect(nextBusinessDayEnd(parisOffice, d('2025-06-02T23:59:59.999+02:00'))).toEqual(
        tuesdayClose,
      );
    });

    it('uses the local date in the calendar zone, not the UTC date', () => {
      // Monday 22:00 in New York is already Tuesday in UTC.
      expect(nextBusinessDayEnd(newYorkOffice, d('2025-06-02T22:00:00-04:00'))).toEqual(
        d('2025-06-03T17:00:00-04:00'),
      );
      // Sunday 23:00 UTC is already Monday in Sydney.
      expect(nextBusinessDayEnd(sydneyOffice, d('2025-06-01T23:00:00Z'))).toEqual(
        d('2025-06-03T17:00:00+10:00'),
      );
      expect(nextBusinessDayEnd(kolkataOffice, d('2025-06-02T23:30:00+05:30'))).toEqual(
        d('2025-06-03T17:00:00+05:30'),
      );
    });

    it('returns Sunday closing from Thursday in a Sunday–Thursday week', () => {
      expect(nextBusinessDayEnd(jerusalemSundayToThursday, d('2025-06-05T10:00:00+03:00'))).toEqual(
        d('2025-06-08T17:30:00+03:00'),
      );
    });
  });

  describe('holidays', () => {
    it('ignores a holiday that falls on a Saturday', () => {
      expect(nextBusinessDayEnd(parisWithHolidays, d('2025-10-31T10:00:00+01:00'))).toEqual(
        d('2025-11-03T17:00:00+01:00'),
      );
    });

    it('skips a weekday holiday', () => {
      expect(nextBusinessDayEnd(parisWithHolidays, d('2025-11-10T10:00:00+01:00'))).toEqual(
        d('2025-11-12T17:00:00+01:00'),
      );
    });

    it('counts from a holiday to the next business day', () => {
      expect(nextBusinessDayEnd(parisWithHolidays, d('2025-11-11T10:00:00+01:00'))).toEqual(
        d('2025-11-12T17:00:00+01:00'),
      );
    });

    it('skips a run of holidays', () => {
      expect(nextBusinessDayEnd(parisWithHolidays, d('2025-12-23T10:00:00+01:00'))).toEqual(
        d('2026-01-05T17:00:00+01:00'),
      );
    });
  });

  describe('which closing instant', () => {
    it('uses the end of the last interval of a split day', () => {
      expect(nextBusinessDayEnd(parisSplitDay, d('2025-06-02T10:00:00+02:00'))).toEqual(
        d('2025-06-03T17:00:00+02:00'),
      );
    });

    it('ends a 24:00 day at the next local midnight, even when that is a holiday', () => {
      expect(nextBusinessDayEnd(parisEveningDesk, d('2025-06-06T10:00:00+02:00'))).toEqual(
        d('2025-06-10T00:00:00+02:00'),
      );
    });

    it('skips the holiday after a 24:00 day', () => {
      expect(nextBusinessDayEnd(parisEveningDesk, d('2025-06-09T10:00:00+02:00'))).toEqual(
        d('2025-06-12T00:00:00+02:00'),
      );
    });

    it('uses the last interval of the day, not a shift carried over from the day before', () => {
      // Saturday has only 00:00–06:00; Tuesday has 00:00–06:00 and 22:00–24:00.
      expect(nextBusinessDayEnd(newYorkNightDesk, d('2025-06-06T23:00:00-04:00'))).toEqual(
        d('2025-06-07T06:00:00-04:00'),
      );
      expect(nextBusinessDayEnd(newYorkNightDesk, d('2025-06-09T23:00:00-04:00'))).toEqual(
        d('2025-06-11T00:00:00-04:00'),
      );
    });

    it('returns Sunday 24:00 on a 24×7 calendar over the spring-forward day', () => {
      expect(nextBusinessDayEnd(parisAroundTheClock, d('2025-03-29T10:00:00+01:00'))).toEqual(
        d('2025-03-31T00:00:00+02:00'),
      );
    });

    it('returns 03:00 summer time on the Paris spring-forward night', () => {
      expect(nextBusinessDayEnd(parisSmallHours, d('2025-03-29T10:00:00+01:00'))).toEqual(
        d('2025-03-30T03:00:00+02:00'),
      );
    });

    it('returns 03:00 standard time on the Paris fall-back night', () => {
      expect(nextBusinessDayEnd(parisSmallHours, d('2025-10-25T10:00:00+02:00'))).toEqual(
        d('2025-10-26T03:00:00+01:00'),
      );
    });

    it('counts a date whose interval lies wholly in the gap as a business day', () => {
      // 02:30 does not exist on 30 March; 'compatible' moves it to 03:30 CEST.
      expect(nextBusinessDayEnd(parisGapSunday, d('2025-03-29T12:00:00+01:00'))).toEqual(
        d('2025-03-30T03:30:00+02:00'),
      );
    });

    it('takes the interval that ends last on the wall clock', () => {
      expect(nextBusinessDayEnd(parisCrossedSunday, d('2025-03-29T12:00:00+01:00'))).toEqual(
        d('2025-03-30T03:15:00+02:00'),
      );
    });
  });

  describe('time zones and daylight saving', () => {
    it('crosses the Paris spring-forward weekend', () => {
      expect(nextBusinessDayEnd(parisOffice, d('2025-03-28T10:00:00+01:00'))).toEqual(
        d('2025-03-31T17:00:00+02:00'),
      );
    });

    it('crosses the New York fall-back weekend', () => {
      expect(nextBusinessDayEnd(newYorkOffice, d('2025-10-31T10:00:00-04:00'))).toEqual(
        d('2025-11-03T17:00:00-05:00'),
      );
    });

    it('crosses the Sydney spring-forward weekend', () => {
      expect(nextBusinessDayEnd(sydneyOffice, d('2025-10-03T10:00:00+10:00'))).toEqual(
        d('2025-10-06T17:00:00+11:00'),
      );
    });

    it('crosses the Lord Howe half-hour fall-back weekend', () => {
      expect(nextBusinessDayEnd(lordHoweOffice, d('2025-04-04T10:00:00+11:00'))).toEqual(
        d('2025-04-07T17:00:00+10:30'),
      );
    });

    it('crosses the Friday spring-forward of a Sunday–Thursday week', () => {
      expect(nextBusinessDayEnd(jerusalemSundayToThursday, d('2025-03-27T10:00:00+02:00'))).toEqual(
        d('2025-03-30T17:30:00+03:00'),
      );
    });
  });

  describe('a calendar that never opens', () => {
    it('throws a RangeError naming the cause', () => {
      expect(() => nextBusinessDayEnd(neverOpen, d('2025-06-02T10:00:00+02:00'))).toThrow(
        RangeError,
      );
      expect(() => nextBusinessDayEnd(neverOpen, d('2025-06-02T10:00:00+02:00'))).toThrow(
        /open|business day/i,
      );
    });
  });
});
