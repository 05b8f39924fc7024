import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { getDbStatus, subscribeDbStatus, type DbStatus } from '../db/open-db';
import { dataSourceOf } from './client-context';

export type { DbStatus };

/**
 * The state of this tab's database connection: 'blocked' (ask to close other tabs), 'outdated'
 * (another tab upgraded: ask to reload), 'terminated', 'failed', or fine.
 */
export function useDbStatus(): DbStatus {
  const { dbName } = dataSourceOf(useQueryClient());
  const subscribe = useCallback(
    (listener: () => void) =>
      subscribeDbStatus((name) => {
        if (name === dbName) listener();
      }),
    [dbName],
  );
  const getSnapshot = useCallback(() => getDbStatus(dbName), [dbName]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
