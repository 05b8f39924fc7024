import { useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../sla';
import { accountQueries } from './account-queries';
import { useCreateAccount, useUpdateAccount } from './account-mutations';
import { policyQueries } from './policy-queries';
import { useUpdateSettings } from './settings-mutations';
import { settingsQueries } from './settings-queries';
import { createTestData, T0, type TestData } from './test-query-client';

let data: TestData;
beforeEach(() => {
  data = createTestData('settings');
});
afterEach(() => data.cleanup());

describe('settings queries', () => {
  it('reads the defaults, then an update, and switches the active policy with the settings', async () => {
    const strict = { ...defaultPolicy, id: 'strict', name: 'Strict' };
    await data.source.policies.savePolicy(strict, T0);
    const { result } = renderHook(
      () => ({
        settings: useQuery(settingsQueries.current()),
        policy: useQuery(policyQueries.active()),
        update: useUpdateSettings(),
      }),
      { wrapper: data.wrapper },
    );
    await waitFor(() => {
      expect(result.current.settings.data?.activePolicyId).toBe('default');
    });
    expect(result.current.policy.data).toBe(defaultPolicy);

    await act(() =>
      result.current.update.mutateAsync({ activePolicyId: 'strict', p1Phone: '112' }),
    );

    await waitFor(() => {
      expect(result.current.policy.data?.name).toBe('Strict');
    });
    expect(result.current.settings.data).toMatchObject({
      activePolicyId: 'strict',
      p1Phone: '112',
    });
  });
});

describe('account queries', () => {
  it('creates and updates accounts and refreshes the list', async () => {
    const { result } = renderHook(
      () => ({
        list: useQuery(accountQueries.list()),
        create: useCreateAccount(),
        update: useUpdateAccount(),
      }),
      { wrapper: data.wrapper },
    );
    await waitFor(() => {
      expect(result.current.list.data).toEqual([]);
    });

    const created = await act(() =>
      result.current.create.mutateAsync({ name: 'Acme', tier: 'premier', region: 'emea' }),
    );
    await act(() =>
      result.current.update.mutateAsync({ id: created.id, patch: { region: 'apac' } }),
    );

    await waitFor(() => {
      expect(result.current.list.data).toEqual([
        { id: 'A-000001', name: 'Acme', tier: 'premier', region: 'apac' },
      ]);
    });
    expect(await data.client.fetchQuery(accountQueries.detail('A-000001'))).toMatchObject({
      region: 'apac',
    });
  });
});
