import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../sla';
import { committedMetricsOf, committedTiers } from './plan-facts';

describe('committedTiers', () => {
  it('lists the SLA plans for the committed metric only', () => {
    expect(committedTiers(defaultPolicy, 'first-response')).toEqual([
      'premier-assurance',
      'premier-plus',
      'premier-elite',
    ]);
    expect(committedTiers(defaultPolicy, 'restoration')).toEqual([]);
  });
});

describe('committedMetricsOf', () => {
  it('gives first response for an SLA plan and nothing for SLO or target plans', () => {
    expect(committedMetricsOf(defaultPolicy, 'premier-elite')).toEqual(['first-response']);
    expect(committedMetricsOf(defaultPolicy, 'premier')).toEqual([]);
    expect(committedMetricsOf(defaultPolicy, 'standard')).toEqual([]);
  });
});
