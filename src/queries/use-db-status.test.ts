import { renderHook, waitFor } from '@testing-library/react';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSlaDb } from '../db/open-db';
import { DB_VERSION } from '../db/schema';
import { createTestData, type TestData } from './test-query-client';
import { useDbStatus } from './use-db-status';

let data: TestData;
beforeEach(() => {
  data = createTestData('status');
});
afterEach(() => data.cleanup());

describe('useDbStatus', () => {
  it('follows the connection: open, then outdated when another tab upgrades', async () => {
    const { result } = renderHook(() => useDbStatus(), { wrapper: data.wrapper });
    expect(result.current).toBe('closed');

    await openSlaDb(data.target.dbName);
    await waitFor(() => {
      expect(result.current).toBe('open');
    });

    const newerTab = await openDB(data.target.dbName, DB_VERSION + 1);
    await waitFor(() => {
      expect(result.current).toBe('outdated');
    });
    newerTab.close();
  });
});
