import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../sla';
import { policyKeys, policyQueries } from './policy-queries';
import { createTestData, T0, type TestData } from './test-query-client';

let data: TestData;
beforeEach(() => {
  data = createTestData('policy');
});
afterEach(() => data.cleanup());

describe('policyQueries.active', () => {
  it('is keyed under the policies root so one invalidation refreshes every policy query', () => {
    expect(policyQueries.active().queryKey).toEqual(['policies', 'active']);
    expect(policyQueries.active().queryKey.slice(0, 1)).toEqual(policyKeys.all);
  });

  it('reads the built-in default policy while the settings name none', async () => {
    const policy = await data.client.fetchQuery(policyQueries.active());
    expect(policy).toBe(defaultPolicy);
  });

  it('reads the stored policy the settings name', async () => {
    const strict = { ...defaultPolicy, id: 'strict', name: 'Strict' };
    await data.source.policies.savePolicy(strict, T0);
    await data.source.settings.updateSettings({ activePolicyId: 'strict' });

    expect(await data.client.fetchQuery(policyQueries.active())).toEqual(strict);
  });

  it('falls back to the built-in policy when the named policy does not exist', async () => {
    await data.source.settings.updateSettings({ activePolicyId: 'deleted' });
    expect(await data.client.fetchQuery(policyQueries.active())).toBe(defaultPolicy);
  });
});

describe('policyQueries.list', () => {
  it('lists the stored custom policies', async () => {
    await data.source.policies.savePolicy({ ...defaultPolicy, id: 'strict' }, T0);
    const records = await data.client.fetchQuery(policyQueries.list());
    expect(records.map((record) => record.id)).toEqual(['strict']);
  });
});
