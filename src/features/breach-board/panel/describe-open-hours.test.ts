import { describe, expect, it } from 'vitest';
import type { WeeklyInterval } from '../../../sla';
import { describeOpenHours } from './describe-open-hours';

const weekdays = ([1, 2, 3, 4, 5] as const).map((day): WeeklyInterval => ({
  day,
  start: '09:00',
  end: '17:00',
}));

describe('describeOpenHours', () => {
  it('groups the days that share their hours, Monday first', () => {
    expect(describeOpenHours(weekdays, 'en').replace(/\u202f/g, ' ')).toBe(
      'Mon–Fri 9:00 AM–5:00 PM',
    );
    expect(describeOpenHours(weekdays, 'fr')).toBe('lun.–ven. 09:00–17:00');
  });

  it('keeps days with other hours apart and leaves closed days out', () => {
    const week: WeeklyInterval[] = [
      ...weekdays.filter((interval) => interval.day !== 3),
      { day: 6, start: '10:00', end: '12:00' },
      { day: 6, start: '08:00', end: '09:00' },
    ];
    expect(describeOpenHours(week, 'fr')).toBe(
      'lun.–mar. 09:00–17:00; jeu.–ven. 09:00–17:00; sam. 08:00–09:00, 10:00–12:00',
    );
  });
});
