import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

/** Intl separates numbers and units with no-break spaces; compare as plain text. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

const HOUR = 60;

describe('formatDuration', () => {
  it('writes whole hours as hours, singular and plural', () => {
    expect(plain(formatDuration(1 * HOUR, 'en'))).toBe('1 hour');
    expect(plain(formatDuration(4 * HOUR, 'en'))).toBe('4 hours');
    expect(plain(formatDuration(1 * HOUR, 'fr'))).toBe('1 heure');
    expect(plain(formatDuration(8 * HOUR, 'fr'))).toBe('8 heures');
  });

  it('keeps a day and a half week in hours, as support targets are read', () => {
    expect(plain(formatDuration(24 * HOUR, 'en'))).toBe('24 hours');
    expect(plain(formatDuration(84 * HOUR, 'en'))).toBe('84 hours');
    expect(plain(formatDuration(84 * HOUR, 'fr'))).toBe('84 heures');
  });

  it('switches to days for two whole days or more', () => {
    expect(plain(formatDuration(48 * HOUR, 'en'))).toBe('2 days');
    expect(plain(formatDuration(168 * HOUR, 'en'))).toBe('7 days');
    expect(plain(formatDuration(168 * HOUR, 'fr'))).toBe('7 jours');
  });

  it('uses minutes under an hour and both units for a mix', () => {
    expect(plain(formatDuration(30, 'en'))).toBe('30 minutes');
    expect(plain(formatDuration(0, 'en'))).toBe('0 minutes');
    expect(plain(formatDuration(90, 'en'))).toBe('1 hour, 30 minutes');
    expect(plain(formatDuration(90, 'fr'))).toBe('1 heure et 30 minutes');
  });

  it('rejects durations that are not whole non-negative minutes', () => {
    expect(() => formatDuration(-1, 'en')).toThrow(RangeError);
    expect(() => formatDuration(1.5, 'en')).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN, 'en')).toThrow(RangeError);
  });
});
