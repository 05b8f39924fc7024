import { describe, expect, it } from 'vitest';
import { addBusinessTime } from '../index';
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
  singaporeOffice,
  sydneyEarlyShift,
  sydneyOffice,
} from '../../../test/fixtures/calendars';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const d = (iso: string): Date => new Date(iso);

describe('addBusinessTime', () => {
  describe('zero and boundaries', () => {
    it('returns start for ms = 0 when open', () => {
      const start = d('2025-06-02T10:17:03.250+02:00');
      expect(addBusinessTime(parisOffice, start, 0)).toEqual(start);
    });

    it('returns start for ms = 0 even when closed', () => {
      const saturday = d('2025-06-07T10:00:00+02:00');
      expect(addBusinessTime(parisOffice, saturday, 0)).toEqual(saturday);
      const evening = d('2025-06-02T17:00:00+02:00');
      expect(addBusinessTime(parisOffice, evening, 0)).toEqual(evening);
    });

    it('adds within one open interval', () => {
      expect(addBusinessTime(parisOffice, d('2025-06-02T10:00:00+02:00'), 2 * HOUR)).toEqual(
        d('2025-06-02T12:00:00+02:00'),
      );
    });

    it('counts from the opening when it starts before opening', () => {
      expect(addBusinessTime(parisOffice, d('2025-06-02T07:00:00+02:00'), HOUR)).toEqual(
        d('2025-06-02T10:00:00+02:00'),
      );
    });

    it('a whole day from exactly the opening ends exactly at the closing', () => {
      expect(addBusinessTime(parisOffice, d('2025-06-02T09:00:00+02:00'), 8 * HOUR)).toEqual(
        d('2025-06-02T17:00:00+02:00'),
      );
    });

    it('returns the closing instant, not the next opening, when the target is used up at close', () => {
      expect(addBusinessTime(parisOffice, d('2025-06-02T16:00:00+02:00'), HOUR)).toEqual(
        d('2025-06-02T17:00:00+02:00'),
      );
    });

    it('rolls one millisecond past the closing over to the next opening', () => {
      expect(addBusinessTime(parisOffice, d('2025-06-02T16:00:00+02:00'), HOUR + 1)).toEqual(
        d('2025-06-03T09:00:00.001+02:00'),
      );
    });

    it('starting exactly at the closing instant counts from the next opening', () => {
      expect(addBusinessTime(parisOffice, d('2025-06-02T17:00:00+02:00'), MINUTE)).toEqual(
        d('2025-06-03T09:01:00+02:00'),
      );
    });

    it('keeps sub-minute precision', () => {
      expect(addBusinessTime(parisOffice, d('2025-06-02T09:00:00.250+02:00'), 750)).toEqual(
        d('2025-06-02T09:00:01+02:00'),
      );
    });

    it('skips the weekend from Friday afternoon', () => {
      expect(addBusinessTime(parisOffice, d('2025-06-06T16:00:00+02:00'), 2 * HOUR)).toEqual(
        d('2025-06-09T10:00:00+02:00'),
      );
    });

    it('counts a long target over several weeks', () => {
      // 10 business days of 8 h from Monday 09:00 end on the second Friday at 17:00.
      expect(addBusinessTime(parisOffice, d('2025-06-02T09:00:00+02:00'), 80 * HOUR)).toEqual(
        d('2025-06-13T17:00:00+02:00'),
      );
    });
  });

  describe('split days', () => {
    it('skips the lunch break', () => {
      expect(addBusinessTime(parisSplitDay, d('2025-06-02T11:00:00+02:00'), 2 * HOUR)).toEqual(
        d('2025-06-02T14:00:00+02:00'),
      );
    });

    it('returns the start of the lunch break when the morning uses the target up', () => {
      expect(addBusinessTime(parisSplitDay, d('2025-06-02T11:00:00+02:00'), HOUR)).toEqual(
        d('2025-06-02T12:00:00+02:00'),
      );
    });

    it('starting during lunch counts from 13:00', () => {
      expect(addBusinessTime(parisSplitDay, d('2025-06-02T12:30:00+02:00'), 30 * MINUTE)).toEqual(
        d('2025-06-02T13:30:00+02:00'),
      );
    });
  });

  describe('holidays', () => {
    it('ignores a holiday that falls on a Saturday', () => {
      expect(addBusinessTime(parisWithHolidays, d('2025-10-31T16:00:00+01:00'), 2 * HOUR)).toEqual(
        d('2025-11-03T10:00:00+01:00'),
      );
    });

    it('skips a single weekday holiday', () => {
      expect(addBusinessTime(parisWithHolidays, d('2025-11-10T16:00:00+01:00'), 2 * HOUR)).toEqual(
        d('2025-11-12T10:00:00+01:00'),
      );
    });

    it('skips a run of holidays spanning two weekends and a new year', () => {
      expect(addBusinessTime(parisWithHolidays, d('2025-12-23T16:00:00+01:00'), 2 * HOUR)).toEqual(
        d('2026-01-05T10:00:00+01:00'),
      );
    });

    it('starting on a holiday counts from the next business day', () => {
      expect(addBusinessTime(parisWithHolidays, d('2025-12-25T10:00:00+01:00'), HOUR)).toEqual(
        d('2026-01-05T10:00:00+01:00'),
      );
    });
  });

  describe('intervals ending at 24:00 and overnight shifts', () => {
    it('ends at the midnight of a holiday when the shift before it uses the target up', () => {
      expect(addBusinessTime(parisEveningDesk, d('2025-06-09T23:00:00+02:00'), HOUR)).toEqual(
        d('2025-06-10T00:00:00+02:00'),
      );
    });

    it('continues after the holiday once past that midnight', () => {
      expect(
        addBusinessTime(parisEveningDesk, d('2025-06-09T23:00:00+02:00'), HOUR + MINUTE),
      ).toEqual(d('2025-06-11T16:01:00+02:00'));
    });

    it('runs straight through midnight in an overnight shift', () => {
      expect(addBusinessTime(newYorkNightDesk, d('2025-06-06T23:00:00-04:00'), 3 * HOUR)).toEqual(
        d('2025-06-07T02:00:00-04:00'),
      );
    });

    it('resumes on Monday evening after the Saturday-morning end of the week', () => {
      expect(addBusinessTime(newYorkNightDesk, d('2025-06-07T05:00:00-04:00'), 2 * HOUR)).toEqual(
        d('2025-06-09T23:00:00-04:00'),
      );
    });
  });

  describe('Sunday–Thursday week', () => {
    it('skips Friday and Saturday', () => {
      expect(
        addBusinessTime(jerusalemSundayToThursday, d('2025-06-05T17:00:00+03:00'), HOUR),
      ).toEqual(d('2025-06-08T09:00:00+03:00'));
    });

    it('crosses the Friday spring-forward into summer time', () => {
      expect(
        addBusinessTime(jerusalemSundayToThursday, d('2025-03-27T17:00:00+02:00'), HOUR),
      ).toEqual(d('2025-03-30T09:00:00+03:00'));
    });
  });

  describe('time zones and daylight saving', () => {
    it('crosses the Paris spring-forward weekend', () => {
      expect(addBusinessTime(parisOffice, d('2025-03-28T16:00:00+01:00'), 2 * HOUR)).toEqual(
        d('2025-03-31T10:00:00+02:00'),
      );
    });

    it('crosses the Paris fall-back weekend', () => {
      expect(addBusinessTime(parisOffice, d('2025-10-24T16:00:00+02:00'), 2 * HOUR)).toEqual(
        d('2025-10-27T10:00:00+01:00'),
      );
    });

    it('crosses the New York fall-back weekend', () => {
      expect(addBusinessTime(newYorkOffice, d('2025-10-31T16:00:00-04:00'), 2 * HOUR)).toEqual(
        d('2025-11-03T10:00:00-05:00'),
      );
    });

    it('crosses the Sydney spring-forward weekend', () => {
      expect(addBusinessTime(sydneyOffice, d('2025-10-03T16:00:00+10:00'), 2 * HOUR)).toEqual(
        d('2025-10-06T10:00:00+11:00'),
      );
    });

    it('crosses the Lord Howe half-hour fall-back weekend', () => {
      expect(addBusinessTime(lordHoweOffice, d('2025-04-04T16:00:00+11:00'), 2 * HOUR)).toEqual(
        d('2025-04-07T10:00:00+10:30'),
      );
    });

    it('works in the half-hour offset of Kolkata', () => {
      expect(addBusinessTime(kolkataOffice, d('2025-06-02T16:30:00+05:30'), HOUR)).toEqual(
        d('2025-06-03T09:30:00+05:30'),
      );
    });

    it('reads hours in the calendar zone, not UTC', () => {
      // Monday 00:30 UTC is 08:30 in Singapore: closed for another half hour.
      expect(addBusinessTime(singaporeOffice, d('2025-06-02T00:30:00Z'), HOUR)).toEqual(
        d('2025-06-02T10:00:00+08:00'),
      );
    });

    it('counts only two real hours in 00:00–03:00 on the spring-forward night', () => {
      const night = d('2025-03-30T00:00:00+01:00');
      expect(addBusinessTime(parisSmallHours, night, 2 * HOUR)).toEqual(
        d('2025-03-30T03:00:00+02:00'),
      );
      expect(addBusinessTime(parisSmallHours, night, 2 * HOUR + MINUTE)).toEqual(
        d('2025-03-31T00:01:00+02:00'),
      );
    });

    it('counts four real hours in 00:00–03:00 on the fall-back night', () => {
      const night = d('2025-10-26T00:00:00+02:00');
      expect(addBusinessTime(parisSmallHours, night, 3 * HOUR)).toEqual(
        d('2025-10-26T02:00:00+01:00'),
      );
      expect(addBusinessTime(parisSmallHours, night, 4 * HOUR)).toEqual(
        d('2025-10-26T03:00:00+01:00'),
      );
    });

    it('opens at 03:30 summer time when the opening wall time falls in the gap', () => {
      expect(addBusinessTime(sydneyEarlyShift, d('2025-10-05T01:00:00+10:00'), HOUR)).toEqual(
        d('2025-10-05T04:30:00+11:00'),
      );
    });

    it('is elapsed time on a 24×7 calendar across a DST change', () => {
      expect(
        addBusinessTime(parisAroundTheClock, d('2025-03-29T12:00:00+01:00'), 24 * HOUR),
      ).toEqual(d('2025-03-30T13:00:00+02:00'));
    });
  });

  describe('a calendar that never opens', () => {
    it('returns start for ms = 0', () => {
      const start = d('2025-06-02T10:00:00+02:00');
      expect(addBusinessTime(neverOpen, start, 0)).toEqual(start);
    });

    it('throws a RangeError naming the cause for ms > 0', () => {
      expect(() => addBusinessTime(neverOpen, d('2025-06-02T10:00:00+02:00'), MINUTE)).toThrow(
        RangeError,
      );
      expect(() => addBusinessTime(neverOpen, d('2025-06-02T10:00:00+02:00'), 1)).toThrow(/open/i);
    });
  });
});
