import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { defaultPolicy } from '../sla';
import { policyKeys, policyQueries } from './policy-queries';

describe('policyQueries.active', () => {
  it('is keyed under the policies root so one invalidation refreshes every policy query', () => {
    expect(policyQueries.active().queryKey).toEqual(['policies', 'active']);
    expect(policyQueries.active().queryKey.slice(0, 1)).toEqual(policyKeys.all);
  });

  it('reads the built-in default policy for now', async () => {
    const policy = await new QueryClient().fetchQuery(policyQueries.active());
    expect(policy).toBe(defaultPolicy);
  });
});
