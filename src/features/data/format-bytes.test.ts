import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('picks the largest unit under 1,000 and follows the locale', () => {
    expect(formatBytes(0, 'en')).toBe('0 kB');
    expect(formatBytes(512, 'en')).toBe('0.5 kB');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(1_234_567, 'fr')).toMatch(/^1,2\s?Mo$/);
    expect(formatBytes(250_000_000_000, 'en')).toBe('250 GB');
  });
});
