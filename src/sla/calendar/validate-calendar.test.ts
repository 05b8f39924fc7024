import { describe, expect, it } from 'vitest';
import { validateCalendar } from '../index';
import type { BusinessCalendar } from '../index';

const valid: BusinessCalendar = {
  timeZone: 'Europe/Paris',
  week: [
    { day: 1, start: '09:00', end: '12:00' },
    { day: 1, start: '13:00', end: '24:00' },
  ],
  holidays: ['2026-12-25'],
};

describe('validateCalendar', () => {
  it('accepts a valid calendar, including a "24:00" end', () => {
    expect(validateCalendar(valid)).toEqual({ ok: true, value: valid });
  });

  it('names an unknown time zone', () => {
    const check = validateCalendar({ ...valid, timeZone: 'Mars/Olympus' });
    expect(check).toEqual({
      ok: false,
      issues: [
        {
          path: ['timeZone'],
          code: 'unknown-time-zone',
          value: 'Mars/Olympus',
          message: 'unknown time zone "Mars/Olympus"',
        },
      ],
    });
  });

  it.each([
    ['25:00', '26:00', 'start'],
    ['9:00', '10:00', 'start'],
    ['09:00', '24:30', 'end'],
    ['10:00', '09:00', 'end'],
    ['10:00', '10:00', 'end'],
  ])('rejects the interval %s–%s at its %s', (start, end, field) => {
    const check = validateCalendar({ ...valid, week: [{ day: 2, start, end }] });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues[0]?.path).toEqual(['week', 0, field]);
  });

  it('rejects overlapping intervals on one weekday, naming the second', () => {
    const check = validateCalendar({
      ...valid,
      week: [
        { day: 3, start: '09:00', end: '12:00' },
        { day: 3, start: '11:00', end: '14:00' },
        { day: 4, start: '11:00', end: '14:00' },
      ],
    });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues.map((issue) => issue.path)).toEqual([['week', 1]]);
  });

  it('rejects malformed and impossible holiday dates', () => {
    const check = validateCalendar({ ...valid, holidays: ['2026-02-30', '25/12/2026'] });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.issues.map((issue) => issue.path)).toEqual([
        ['holidays', 0],
        ['holidays', 1],
      ]);
    }
  });
});
