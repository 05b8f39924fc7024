import { describe, expect, it } from 'vitest';
import { formatList } from './format-list';
import { formatLocalDate } from './format-local-date';
import { formatPercent } from './format-percent';
import { formatTimeOfDay } from './format-time-of-day';
import { formatTimeZoneName } from './format-time-zone-name';
import { formatWeekday } from './format-weekday';
import { parseTimeOfDay } from './parse-time-of-day';

/** Intl separates numbers and units with no-break spaces; compare as plain text. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('parseTimeOfDay', () => {
  it('reads HH:mm as minutes after midnight, up to 24:00', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('09:30')).toBe(570);
    expect(parseTimeOfDay('24:00')).toBe(1440);
  });

  it('refuses anything that is not a time of day', () => {
    expect(parseTimeOfDay('24:30')).toBeUndefined();
    expect(parseTimeOfDay('9:00')).toBeUndefined();
    expect(parseTimeOfDay('12:60')).toBeUndefined();
    expect(parseTimeOfDay('noon')).toBeUndefined();
  });
});

describe('formatTimeOfDay', () => {
  it('writes times the way each language does', () => {
    expect(plain(formatTimeOfDay('09:00', 'en'))).toBe('9:00 AM');
    expect(plain(formatTimeOfDay('17:00', 'en'))).toBe('5:00 PM');
    expect(plain(formatTimeOfDay('17:00', 'fr'))).toBe('17:00');
    expect(plain(formatTimeOfDay('09:00', 'fr'))).toBe('09:00');
  });

  it('does not depend on the machine time zone', () => {
    expect(plain(formatTimeOfDay('00:30', 'fr'))).toBe('00:30');
  });

  it('shows invalid data as it is', () => {
    expect(plain(formatTimeOfDay('late', 'en'))).toBe('late');
  });
});

describe('formatWeekday', () => {
  it('names weekdays from Sunday = 0', () => {
    expect(plain(formatWeekday(0, 'en'))).toBe('Sunday');
    expect(plain(formatWeekday(1, 'fr'))).toBe('lundi');
    expect(plain(formatWeekday(6, 'en', 'short'))).toBe('Sat');
  });

  it('rejects a day outside 0–6', () => {
    expect(() => formatWeekday(7, 'en')).toThrow(RangeError);
  });
});

describe('formatLocalDate', () => {
  it('writes a local date in full without shifting it', () => {
    expect(plain(formatLocalDate('2026-12-25', 'en'))).toBe('Friday, December 25, 2026');
    expect(plain(formatLocalDate('2026-01-01', 'fr'))).toBe('jeudi 1 janvier 2026');
  });

  it('shows impossible dates as they are', () => {
    expect(plain(formatLocalDate('2026-02-30', 'en'))).toBe('2026-02-30');
    expect(plain(formatLocalDate('tomorrow', 'en'))).toBe('tomorrow');
  });
});

describe('formatTimeZoneName', () => {
  it('names a zone in the chosen language', () => {
    expect(plain(formatTimeZoneName('America/Los_Angeles', 'en'))).toBe('Pacific Time');
    expect(plain(formatTimeZoneName('Asia/Singapore', 'fr'))).toBe('heure de Singapour');
  });

  it('gives nothing for an unknown zone', () => {
    expect(formatTimeZoneName('Mars/Olympus_Mons', 'en')).toBeUndefined();
  });
});

describe('formatPercent and formatList', () => {
  it('writes a share as a percentage', () => {
    expect(plain(formatPercent(0.25, 'en'))).toBe('25%');
    expect(plain(formatPercent(0.125, 'en'))).toBe('12.5%');
    expect(plain(formatPercent(0.25, 'fr'))).toBe('25 %');
  });

  it('joins items as a sentence would', () => {
    expect(plain(formatList(['A', 'B', 'C'], 'en'))).toBe('A, B, and C');
    expect(plain(formatList(['A', 'B', 'C'], 'fr'))).toBe('A, B et C');
  });
});
