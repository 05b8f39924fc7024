import { describe, expect, it } from 'vitest';
import { guessDateOrder, parseCsvInstant } from './csv-dates';

describe('parseCsvInstant', () => {
  it('reads ISO 8601 with an offset as the instant it names', () => {
    expect(parseCsvInstant('2026-03-10T14:05:00+01:00')).toBe(Date.parse('2026-03-10T13:05:00Z'));
    expect(parseCsvInstant('2026-03-10T13:05Z')).toBe(Date.parse('2026-03-10T13:05:00Z'));
  });

  it('reads times without an offset in the given zone', () => {
    const paris = { timeZone: 'Europe/Paris' };
    expect(parseCsvInstant('2026-03-10 14:05', paris)).toBe(Date.parse('2026-03-10T13:05:00Z'));
    expect(parseCsvInstant('10/03/2026 14:05', paris)).toBe(Date.parse('2026-03-10T13:05:00Z'));
    expect(parseCsvInstant('10.03.2026', paris)).toBe(Date.parse('2026-03-09T23:00:00Z'));
    expect(parseCsvInstant('2026-03-10 14:05')).toBe(Date.parse('2026-03-10T14:05:00Z'));
  });

  it('reads month-first dates with AM/PM when asked', () => {
    const us = { timeZone: 'America/Los_Angeles', dateOrder: 'mdy' as const };
    expect(parseCsvInstant('03/10/2026 2:05 PM', us)).toBe(Date.parse('2026-03-10T21:05:00Z'));
    expect(parseCsvInstant('03/10/2026 12:30 am', us)).toBe(Date.parse('2026-03-10T07:30:00Z'));
  });

  it('moves a time in a daylight-saving gap forward and takes the earlier of an overlap', () => {
    const paris = { timeZone: 'Europe/Paris' };
    // 29 March 2026: 02:00 → 03:00 in Paris; 25 October 2026: 03:00 → 02:00.
    expect(parseCsvInstant('2026-03-29 02:30', paris)).toBe(Date.parse('2026-03-29T01:30:00Z'));
    expect(parseCsvInstant('2026-10-25 02:30', paris)).toBe(Date.parse('2026-10-25T00:30:00Z'));
  });

  it('refuses what is not a real date', () => {
    for (const text of [
      '',
      'yesterday',
      '2026-02-30',
      '31/04/2026',
      '2026-03-10 25:00',
      '13/13/2026',
    ]) {
      expect(parseCsvInstant(text), text).toBeNull();
    }
  });
});

describe('guessDateOrder', () => {
  it('decides from a part above 12, or not at all', () => {
    expect(guessDateOrder(['01/02/2026', '25/02/2026'])).toBe('dmy');
    expect(guessDateOrder(['02/25/2026 1:00 PM'])).toBe('mdy');
    expect(guessDateOrder(['01/02/2026', '2026-03-10'])).toBeNull();
  });
});
