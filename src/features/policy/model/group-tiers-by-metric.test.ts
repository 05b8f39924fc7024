import { describe, expect, it } from 'vitest';
import { defaultPolicy, type Policy } from '../../../sla';
import { groupTiersByMetric } from './group-tiers-by-metric';

describe('groupTiersByMetric', () => {
  it('puts Standard alone and the four Premier plans together for first response', () => {
    const groups = groupTiersByMetric(defaultPolicy, 'first-response');
    expect(groups.map((group) => group.tiers)).toEqual([
      ['standard'],
      ['premier', 'premier-assurance', 'premier-plus', 'premier-elite'],
    ]);
    expect(groups[1]?.targets.P1).toEqual({ kind: 'duration', minutes: 60, clock: '24x7' });
  });

  it('splits a plan off as soon as one of its targets differs', () => {
    const premierElite = defaultPolicy.tiers['premier-elite'];
    const policy: Policy = {
      ...defaultPolicy,
      tiers: {
        ...defaultPolicy.tiers,
        'premier-elite': {
          ...premierElite,
          targets: {
            ...premierElite.targets,
            P1: {
              ...premierElite.targets.P1,
              'first-response': { kind: 'duration', minutes: 30, clock: '24x7' },
            },
          },
        },
      },
    };
    expect(groupTiersByMetric(policy, 'first-response').map((group) => group.tiers)).toEqual([
      ['standard'],
      ['premier', 'premier-assurance', 'premier-plus'],
      ['premier-elite'],
    ]);
  });
});
