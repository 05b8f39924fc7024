import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, nextOpening } from '../index';
import type { BusinessCalendar } from '../index';
import {
  jerusalemSundayToThursday,
  kolkataOffice,
  lordHoweOffice,
  neverOpen,
  newYorkDstEdges,
  newYorkOffice,
  parisEveningDesk,
  parisOffice,
  parisSmallHours,
  parisSplitDay,
  parisWithHolidays,
  sydneyEarlyShift,
  sydneyOffice,
} from '../../../test/fixtures/calendars';

const d = (iso: string): Date => new Date(iso);

/** New York, Sundays 00:00–01:45: closes during the first pass of the repeated hour. */
const newYorkEarlySunday: BusinessCalendar = {
  timeZone: 'America/New_York',
  week: [{ day: 0, start: '00:00', end: '01:45' }],
  holidays: [],
};

/** New York, Sundays 01:30–03:00: opens at a wall time that occurs twice on 2 Nov. */
const newYorkSundayRepeatedStart: BusinessCalendar = {
  timeZone: 'America/New_York',
  week: [{ day: 0, start: '01:30', end: '03:00' }],
  holidays: [],
};

/** Paris, Sunday 02:00–02:30 (no open time on the spring-forward night) and Mon 09:00–17:00. */
const parisGapSunday: BusinessCalendar = {
  timeZone: 'Europe/Paris',
  week: [
    { day: 1, start: '09:00', end: '17:00' },
    { day: 0, start: '02:00', end: '02:30' },
  ],
  holidays: [],
};

describe('nextOpening', () => {
  describe('window boundaries', () => {
    it('returns the instant itself when open', () => {
      const at = d('2025-06-02T11:11:11.111+02:00');
      expect(nextOpening(parisOffice, at)).toEqual(at);
    });

    it('returns the instant itself exactly at the opening', () => {
      const at = d('2025-06-02T09:00:00+02:00');
      expect(nextOpening(parisOffice, at)).toEqual(at);
    });

    it('returns the same day opening before hours', () => {
      expect(nextOpening(parisOffice, d('2025-06-02T06:00:00+02:00'))).toEqual(
        d('2025-06-02T09:00:00+02:00'),
      );
    });

    it('returns the next day opening at the exact closing instant', () => {
      expect(nextOpening(parisOffice, d('2025-06-02T17:00:00+02:00'))).toEqual(
        d('2025-06-03T09:00:00+02:00'),
      );
    });

    it('returns Monday from Friday evening and from the weekend', () => {
      const monday = d('2025-06-09T09:00:00+02:00');
      expect(nextOpening(parisOffice, d('2025-06-06T17:00:00+02:00'))).toEqual(monday);
      expect(nextOpening(parisOffice, d('2025-06-07T10:00:00+02:00'))).toEqual(monday);
      expect(nextOpening(parisOffice, d('2025-06-08T23:59:59.999+02:00'))).toEqual(monday);
    });

    it('returns the afternoon opening during lunch', () => {
      expect(nextOpening(parisSplitDay, d('2025-06-02T12:00:00+02:00'))).toEqual(
        d('2025-06-02T13:00:00+02:00'),
      );
    });

    it('returns the instant itself on a 24×7 calendar', () => {
      const at = d('2025-03-30T02:30:00Z');
      expect(nextOpening(ALWAYS_OPEN, at)).toEqual(at);
    });
  });

  describe('holidays and week layouts', () => {
    it('ignores a holiday that falls on a Saturday', () => {
      expect(nextOpening(parisWithHolidays, d('2025-10-31T17:00:00+01:00'))).toEqual(
        d('2025-11-03T09:00:00+01:00'),
      );
    });

    it('skips a weekday holiday', () => {
      expect(nextOpening(parisWithHolidays, d('2025-11-10T17:00:00+01:00'))).toEqual(
        d('2025-11-12T09:00:00+01:00'),
      );
    });

    it('skips a run of holidays', () => {
      expect(nextOpening(parisWithHolidays, d('2025-12-23T17:00:00+01:00'))).toEqual(
        d('2026-01-05T09:00:00+01:00'),
      );
    });

    it('skips the holiday that follows a 24:00 shift', () => {
      expect(nextOpening(parisEveningDesk, d('2025-06-10T00:00:00+02:00'))).toEqual(
        d('2025-06-11T16:00:00+02:00'),
      );
    });

    it('returns Sunday from Thursday evening in a Sunday–Thursday week', () => {
      expect(nextOpening(jerusalemSundayToThursday, d('2025-06-05T17:30:00+03:00'))).toEqual(
        d('2025-06-08T08:30:00+03:00'),
      );
    });
  });

  describe('time zones and daylight saving', () => {
    it('returns Monday in summer time after the Paris spring-forward weekend', () => {
      expect(nextOpening(parisOffice, d('2025-03-29T12:00:00+01:00'))).toEqual(
        d('2025-03-31T09:00:00+02:00'),
      );
    });

    it('returns Monday in standard time after the New York fall-back weekend', () => {
      expect(nextOpening(newYorkOffice, d('2025-11-01T12:00:00-04:00'))).toEqual(
        d('2025-11-03T09:00:00-05:00'),
      );
    });

    it('returns Monday in summer time after the Sydney spring-forward weekend', () => {
      expect(nextOpening(sydneyOffice, d('2025-10-04T12:00:00+10:00'))).toEqual(
        d('2025-10-06T09:00:00+11:00'),
      );
    });

    it('returns Monday after the Lord Howe half-hour shift', () => {
      expect(nextOpening(lordHoweOffice, d('2025-10-04T12:00:00+10:30'))).toEqual(
        d('2025-10-06T09:00:00+11:00'),
      );
      expect(nextOpening(lordHoweOffice, d('2025-04-05T12:00:00+11:00'))).toEqual(
        d('2025-04-07T09:00:00+10:30'),
      );
    });

    it('returns 09:00 +05:30 in Kolkata', () => {
      expect(nextOpening(kolkataOffice, d('2025-06-01T23:00:00Z'))).toEqual(
        d('2025-06-02T09:00:00+05:30'),
      );
    });

    it('moves an opening wall time in the gap forward by the gap length', () => {
      expect(nextOpening(sydneyEarlyShift, d('2025-10-05T01:00:00+10:00'))).toEqual(
        d('2025-10-05T03:30:00+11:00'),
      );
    });

    it('opens at the first occurrence of a repeated wall time', () => {
      expect(nextOpening(newYorkSundayRepeatedStart, d('2025-11-02T00:00:00-04:00'))).toEqual(
        d('2025-11-02T01:30:00-04:00'),
      );
      expect(nextOpening(sydneyEarlyShift, d('2025-04-06T00:00:00+11:00'))).toEqual(
        d('2025-04-06T02:30:00+11:00'),
      );
    });

    it('from the closed second 01:30 of a repeated hour returns the next week', () => {
      expect(nextOpening(newYorkEarlySunday, d('2025-11-02T01:30:00-05:00'))).toEqual(
        d('2025-11-09T00:00:00-05:00'),
      );
    });

    it('is not an opening when an interval lies wholly in the gap', () => {
      expect(nextOpening(parisGapSunday, d('2025-03-30T00:00:00+01:00'))).toEqual(
        d('2025-03-31T09:00:00+02:00'),
      );
      expect(nextOpening(newYorkDstEdges, d('2025-03-09T03:00:00-04:00'))).toEqual(
        d('2025-03-10T01:30:00-04:00'),
      );
    });

    it('opens at midnight on the Paris spring-forward night', () => {
      expect(nextOpening(parisSmallHours, d('2025-03-29T03:00:00+01:00'))).toEqual(
        d('2025-03-30T00:00:00+01:00'),
      );
    });
  });

  describe('a calendar that never opens', () => {
    it('throws a RangeError naming the cause', () => {
      expect(() => nextOpening(neverOpen, d('2025-06-02T10:00:00+02:00'))).toThrow(RangeError);
      expect(() => nextOpening(neverOpen, d('2025-06-02T10:00:00+02:00'))).toThrow(/open/i);
    });
  });
});
