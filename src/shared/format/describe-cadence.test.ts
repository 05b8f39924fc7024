import { describe, expect, it } from 'vitest';
import { describeCadence } from './describe-cadence';

const HOUR = 60;

describe('describeCadence', () => {
  it('reads 1 hour as hourly and 24 hours as daily', () => {
    expect(describeCadence(HOUR)).toEqual({ kind: 'hourly' });
    expect(describeCadence(24 * HOUR)).toEqual({ kind: 'daily' });
  });

  it('reads hour counts that divide a day as "every n hours"', () => {
    expect(describeCadence(4 * HOUR)).toEqual({ kind: 'every-hours', minutes: 4 * HOUR });
    expect(describeCadence(12 * HOUR)).toEqual({ kind: 'every-hours', minutes: 12 * HOUR });
  });

  it('reads intervals that split a week evenly as times a week', () => {
    expect(describeCadence(84 * HOUR)).toEqual({ kind: 'weekly', times: 2 });
    expect(describeCadence(168 * HOUR)).toEqual({ kind: 'weekly', times: 1 });
    expect(describeCadence(56 * HOUR)).toEqual({ kind: 'weekly', times: 3 });
  });

  it('falls back to a plain interval for anything irregular', () => {
    expect(describeCadence(36 * HOUR)).toEqual({ kind: 'every', minutes: 36 * HOUR });
    expect(describeCadence(5 * HOUR)).toEqual({ kind: 'every', minutes: 5 * HOUR });
    expect(describeCadence(30)).toEqual({ kind: 'every', minutes: 30 });
    expect(describeCadence(336 * HOUR)).toEqual({ kind: 'every', minutes: 336 * HOUR });
  });

  it('rejects empty or fractional intervals', () => {
    expect(() => describeCadence(0)).toThrow(RangeError);
    expect(() => describeCadence(2.5)).toThrow(RangeError);
  });
});
