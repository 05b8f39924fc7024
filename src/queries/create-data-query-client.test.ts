import { QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dbError } from '../db/db-errors';
import { describeDataError } from './data-errors';
import { createTestData, type TestData } from './test-query-client';
import { ticketKeys, ticketQueries } from './ticket-queries';

let data: TestData;
beforeEach(() => {
  data = createTestData('client');
});
afterEach(() => data.cleanup());

describe('createDataQueryClient', () => {
  it('never waits for the network, never retries and never goes stale', () => {
    expect(data.client.getDefaultOptions().queries).toMatchObject({
      networkMode: 'always',
      retry: false,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    });
  });

  it('sends a failed background refetch of shown data to the error sink', async () => {
    const observer = new QueryObserver(data.client, ticketQueries.list());
    const stop = observer.subscribe(() => undefined);
    await vi.waitFor(() => {
      expect(observer.getCurrentResult().data).toEqual([]);
    });
    vi.spyOn(data.source.tickets, 'listTickets').mockRejectedValue(dbError('quota'));

    await data.client.invalidateQueries({ queryKey: ticketKeys.all });

    const reports = data.errors.getSnapshot();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.source).toBe('query');
    expect(describeDataError(reports[0]?.error)).toEqual({ kind: 'storage', storage: 'quota' });
    expect(observer.getCurrentResult().data).toEqual([]);
    stop();
  });

  it('leaves a first-load failure to the screen that asked (no report)', async () => {
    vi.spyOn(data.source.tickets, 'listTickets').mockRejectedValue(dbError('unavailable'));
    await expect(data.client.fetchQuery(ticketQueries.list())).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(data.errors.getSnapshot()).toEqual([]);
  });
});
