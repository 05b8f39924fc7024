import { describe, expect, it } from 'vitest';
import type { WeeklyInterval } from '../../../sla';
import { groupOpenHours } from './group-open-hours';

const nineToFive = ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '09:00', end: '17:00' }));

describe('groupOpenHours', () => {
  it('reads a Monday-to-Friday week as open weekdays and a closed weekend', () => {
    expect(groupOpenHours(nineToFive)).toEqual([
      { from: 1, to: 5, intervals: [{ start: '09:00', end: '17:00' }] },
      { from: 6, to: 0, intervals: [] },
    ]);
  });

  it('keeps days apart when their hours differ, split shifts in time order', () => {
    const week: WeeklyInterval[] = [
      { day: 1, start: '14:00', end: '18:00' },
      { day: 1, start: '08:00', end: '12:00' },
      { day: 2, start: '08:00', end: '12:00' },
      { day: 0, start: '10:00', end: '12:00' },
    ];
    expect(groupOpenHours(week)).toEqual([
      {
        from: 1,
        to: 1,
        intervals: [
          { start: '08:00', end: '12:00' },
          { start: '14:00', end: '18:00' },
        ],
      },
      { from: 2, to: 2, intervals: [{ start: '08:00', end: '12:00' }] },
      { from: 3, to: 6, intervals: [] },
      { from: 0, to: 0, intervals: [{ start: '10:00', end: '12:00' }] },
    ]);
  });

  it('reads an empty week as closed every day', () => {
    expect(groupOpenHours([])).toEqual([{ from: 1, to: 0, intervals: [] }]);
  });
});
