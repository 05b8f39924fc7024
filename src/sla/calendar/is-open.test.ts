import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, isOpen } from '../index';
import type { BusinessCalendar } from '../index';
import {
  jerusalemSundayToThursday,
  kathmanduOffice,
  kolkataOffice,
  lordHoweOffice,
  neverOpen,
  newYorkDstEdges,
  newYorkNightDesk,
  parisAroundTheClock,
  parisEveningDesk,
  parisOffice,
  parisSmallHours,
  parisSplitDay,
  parisWithHolidays,
} from '../../../test/fixtures/calendars';

const d = (iso: string): Date => new Date(iso);

/** New York, Sundays 00:00–01:45: closes during the first pass of the repeated hour. */
const newYorkEarlySunday: BusinessCalendar = {
  timeZone: 'America/New_York',
  week: [{ day: 0, start: '00:00', end: '01:45' }],
  holidays: [],
};

describe('isOpen', () => {
  describe('window boundaries', () => {
    it('is open exactly at the opening instant', () => {
      expect(isOpen(parisOffice, d('2025-06-02T09:00:00+02:00'))).toBe(true);
    });

    it('is closed one millisecond before opening', () => {
      expect(isOpen(parisOffice, d('2025-06-02T08:59:59.999+02:00'))).toBe(false);
    });

    it('is open one millisecond before closing', () => {
      expect(isOpen(parisOffice, d('2025-06-02T16:59:59.999+02:00'))).toBe(true);
    });

    it('is closed exactly at the closing instant', () => {
      expect(isOpen(parisOffice, d('2025-06-02T17:00:00+02:00'))).toBe(false);
    });

    it('is closed at the weekend', () => {
      expect(isOpen(parisOffice, d('2025-06-07T12:00:00+02:00'))).toBe(false);
      expect(isOpen(parisOffice, d('2025-06-08T12:00:00+02:00'))).toBe(false);
    });

    it('closes for lunch in a split day', () => {
      expect(isOpen(parisSplitDay, d('2025-06-02T11:59:59.999+02:00'))).toBe(true);
      expect(isOpen(parisSplitDay, d('2025-06-02T12:00:00+02:00'))).toBe(false);
      expect(isOpen(parisSplitDay, d('2025-06-02T12:59:59.999+02:00'))).toBe(false);
      expect(isOpen(parisSplitDay, d('2025-06-02T13:00:00+02:00'))).toBe(true);
    });

    it('is always open on a 24×7 calendar and never on an empty one', () => {
      expect(isOpen(ALWAYS_OPEN, d('2025-03-30T02:30:00+02:00'))).toBe(true);
      expect(isOpen(parisAroundTheClock, d('2025-03-30T01:59:59.999+01:00'))).toBe(true);
      expect(isOpen(parisAroundTheClock, d('2025-03-30T03:00:00+02:00'))).toBe(true);
      expect(isOpen(neverOpen, d('2025-06-02T10:00:00+02:00'))).toBe(false);
    });
  });

  describe('holidays and week layouts', () => {
    it('is closed all day on a holiday', () => {
      expect(isOpen(parisWithHolidays, d('2025-11-11T10:00:00+01:00'))).toBe(false);
      expect(isOpen(parisWithHolidays, d('2025-11-12T10:00:00+01:00'))).toBe(true);
    });

    it('is closed on every day of a run of holidays and open after it', () => {
      for (const date of ['2025-12-24', '2025-12-26', '2025-12-29', '2026-01-02']) {
        expect(isOpen(parisWithHolidays, d(`${date}T12:00:00+01:00`))).toBe(false);
      }
      expect(isOpen(parisWithHolidays, d('2026-01-05T09:00:00+01:00'))).toBe(true);
    });

    it('keeps the 24:00 shift before a holiday open until the holiday starts', () => {
      expect(isOpen(parisEveningDesk, d('2025-06-09T23:59:59.999+02:00'))).toBe(true);
      expect(isOpen(parisEveningDesk, d('2025-06-10T00:00:00+02:00'))).toBe(false);
      expect(isOpen(parisEveningDesk, d('2025-06-10T16:00:00+02:00'))).toBe(false);
      expect(isOpen(parisEveningDesk, d('2025-06-11T16:00:00+02:00'))).toBe(true);
    });

    it('is open after midnight in an overnight shift', () => {
      expect(isOpen(newYorkNightDesk, d('2025-06-07T05:59:59.999-04:00'))).toBe(true);
      expect(isOpen(newYorkNightDesk, d('2025-06-07T06:00:00-04:00'))).toBe(false);
      expect(isOpen(newYorkNightDesk, d('2025-06-09T03:00:00-04:00'))).toBe(false);
      expect(isOpen(newYorkNightDesk, d('2025-06-09T22:00:00-04:00'))).toBe(true);
    });

    it('opens Sunday to Thursday', () => {
      expect(isOpen(jerusalemSundayToThursday, d('2025-06-08T08:30:00+03:00'))).toBe(true);
      expect(isOpen(jerusalemSundayToThursday, d('2025-06-05T17:29:00+03:00'))).toBe(true);
      expect(isOpen(jerusalemSundayToThursday, d('2025-06-06T10:00:00+03:00'))).toBe(false);
      expect(isOpen(jerusalemSundayToThursday, d('2025-06-07T10:00:00+03:00'))).toBe(false);
    });
  });

  describe('time zones and daylight saving', () => {
    it('reads the open hours in the calendar zone', () => {
      expect(isOpen(kolkataOffice, d('2025-06-02T03:30:00Z'))).toBe(true);
      expect(isOpen(kolkataOffice, d('2025-06-02T03:29:59.999Z'))).toBe(false);
      expect(isOpen(kolkataOffice, d('2025-06-02T16:59:00+05:30'))).toBe(true);
      expect(isOpen(kolkataOffice, d('2025-06-02T17:00:00+05:30'))).toBe(false);
    });

    it('reads the open hours in the +05:45 zone of Kathmandu', () => {
      expect(isOpen(kathmanduOffice, d('2025-06-02T03:14:59.999Z'))).toBe(false);
      expect(isOpen(kathmanduOffice, d('2025-06-02T03:15:00Z'))).toBe(true);
      expect(isOpen(kathmanduOffice, d('2025-06-02T11:14:59.999Z'))).toBe(true);
      expect(isOpen(kathmanduOffice, d('2025-06-02T11:15:00Z'))).toBe(false);
    });

    it('uses Lord Howe summer time after its half-hour spring-forward', () => {
      expect(isOpen(lordHoweOffice, d('2025-10-06T08:59:59.999+11:00'))).toBe(false);
      expect(isOpen(lordHoweOffice, d('2025-10-06T09:00:00+11:00'))).toBe(true);
      expect(isOpen(lordHoweOffice, d('2025-10-06T16:45:00+10:30'))).toBe(false);
    });

    it('decides the repeated hour by instant: the second 01:30 can be closed', () => {
      expect(isOpen(newYorkEarlySunday, d('2025-11-02T01:30:00-04:00'))).toBe(true);
      expect(isOpen(newYorkEarlySunday, d('2025-11-02T01:44:59.999-04:00'))).toBe(true);
      expect(isOpen(newYorkEarlySunday, d('2025-11-02T01:45:00-04:00'))).toBe(false);
      expect(isOpen(newYorkEarlySunday, d('2025-11-02T01:30:00-05:00'))).toBe(false);
    });

    it('stays open through the second pass when the interval closes after it', () => {
      expect(isOpen(newYorkDstEdges, d('2025-11-02T01:45:00-05:00'))).toBe(true);
      expect(isOpen(parisSmallHours, d('2025-10-26T02:30:00+01:00'))).toBe(true);
      expect(isOpen(parisSmallHours, d('2025-10-26T03:00:00+01:00'))).toBe(false);
    });

    it('is closed throughout an interval that lies wholly in the gap', () => {
      // 02:10–02:40 does not exist on 9 March; 03:10 and 03:39 EDT are not open.
      expect(isOpen(newYorkDstEdges, d('2025-03-09T03:10:00-04:00'))).toBe(false);
      expect(isOpen(newYorkDstEdges, d('2025-03-09T03:39:00-04:00'))).toBe(false);
      expect(isOpen(newYorkDstEdges, d('2025-03-10T02:10:00-04:00'))).toBe(true);
    });

    it('closes at the shifted end of an interval that ends in the gap', () => {
      // 01:30–02:00 EST: 02:00 does not exist and becomes 03:00 EDT.
      expect(isOpen(newYorkDstEdges, d('2025-03-09T01:59:59.999-05:00'))).toBe(true);
      expect(isOpen(newYorkDstEdges, d('2025-03-09T03:00:00-04:00'))).toBe(false);
    });
  });
});
