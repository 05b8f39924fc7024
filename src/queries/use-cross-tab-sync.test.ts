import { useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source';
import { changeChannel } from '../db/change-channel';
import { accountQueries } from './account-queries';
import { policyKeys } from './policy-queries';
import { settingsQueries } from './settings-queries';
import { createTestData, T0, type TestData } from './test-query-client';
import { ticketQueries } from './ticket-queries';
import { keysForScope, useCrossTabSync } from './use-cross-tab-sync';

let data: TestData;
let otherTab: BroadcastChannel;
beforeEach(() => {
  data = createTestData('sync');
  otherTab = new BroadcastChannel(data.target.channel.name);
});
afterEach(async () => {
  otherTab.close();
  await data.cleanup();
});

describe('useCrossTabSync', () => {
  it('shows a ticket another tab created, once that tab announces it', async () => {
    await data.source.accounts.createAccount({
      id: 'acme',
      name: 'Acme',
      tier: 'premier',
      region: 'emea',
    });
    const { result } = renderHook(
      () => {
        useCrossTabSync();
        return useQuery(ticketQueries.list());
      },
      { wrapper: data.wrapper },
    );
    await waitFor(() => {
      expect(result.current.data).toEqual([]);
    });

    // The other tab writes to the same database and announces on its own channel instance.
    const otherSource = createDataSource({
      dbName: data.target.dbName,
      channel: { ...changeChannel(data.target.channel.name), post: (m) => otherTab.postMessage(m) },
    });
    await otherSource.tickets.createTicket(
      { accountId: 'acme', title: 'From tab 2', description: '', priority: 'P3' },
      T0,
    );

    await waitFor(() => {
      expect(result.current.data?.map((t) => t.title)).toEqual(['From tab 2']);
    });
  });

  it('refreshes settings on their announcement', async () => {
    const { result, unmount } = renderHook(
      () => {
        useCrossTabSync();
        return {
          settings: useQuery(settingsQueries.current()),
          accounts: useQuery(accountQueries.list()),
        };
      },
      { wrapper: data.wrapper },
    );
    await waitFor(() => {
      expect(result.current.settings.data?.theme).toBe('system');
    });

    await createDataSource({
      ...data.target,
      channel: changeChannel('nobody-listens'),
    }).settings.updateSettings({ theme: 'dark' });
    otherTab.postMessage({ scope: 'settings' });

    await waitFor(() => {
      expect(result.current.settings.data?.theme).toBe('dark');
    });
    unmount();
  });

  it('maps settings changes to the active policy too', () => {
    expect(keysForScope('settings')).toContainEqual(policyKeys.all);
    expect(keysForScope('tickets')).toEqual([['tickets']]);
  });
});
