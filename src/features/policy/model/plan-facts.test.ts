import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../sla';
import { committedMetricsOf, committedTiers, isWorkedOnBusinessDays } from './plan-facts';

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

describe('isWorkedOnBusinessDays', () => {
  it('is true for P3 and P4, false for P1 and P2', () => {
    const standard = defaultPolicy.tiers.standard.targets;
    const premier = defaultPolicy.tiers.premier.targets;
    expect(isWorkedOnBusinessDays(standard.P3)).toBe(true);
    expect(isWorkedOnBusinessDays(premier.P4)).toBe(true);
    expect(isWorkedOnBusinessDays(standard.P1)).toBe(false);
    expect(isWorkedOnBusinessDays(premier.P2)).toBe(false);
  });
});
