import { describe, expect, it } from 'vitest';
import { defaultPolicy, metricPromise, TIER_IDS } from '../index';

describe('metricPromise', () => {
  it('commits SLA tiers only on first response; their other metrics are objectives', () => {
    for (const tier of ['premier-assurance', 'premier-plus', 'premier-elite'] as const) {
      expect(metricPromise(defaultPolicy, tier, 'first-response')).toBe('sla');
      expect(metricPromise(defaultPolicy, tier, 'restoration')).toBe('slo');
      expect(metricPromise(defaultPolicy, tier, 'update')).toBe('slo');
    }
  });

  it('gives Standard business targets and Premier objectives on every metric', () => {
    expect(TIER_IDS.length).toBe(5);
    for (const metric of ['first-response', 'restoration', 'update'] as const) {
      expect(metricPromise(defaultPolicy, 'standard', metric)).toBe('target');
      expect(metricPromise(defaultPolicy, 'premier', metric)).toBe('slo');
    }
  });
});
