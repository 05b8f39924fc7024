import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { estimateStorage, requestPersistentStorage } from '../db/storage-status';
import { mutationMeta, type MutationHookOptions } from './data-error-sink';

export type { PersistResult, StorageUsage } from '../db/storage-status';

export const storageKeys = {
  all: ['storage'] as const,
  estimate: () => [...storageKeys.all, 'estimate'] as const,
};

export const storageQueries = {
  /** Storage used, quota and persistence; refetched whenever a screen mounts it. */
  estimate: () =>
    queryOptions({
      queryKey: storageKeys.estimate(),
      queryFn: () => estimateStorage(),
      staleTime: 0,
    }),
};

/** Asks the browser for persistent storage (call it from a user gesture). */
export function useRequestPersistentStorage(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...storageKeys.all, 'persist'],
    meta: mutationMeta(options),
    mutationFn: () => requestPersistentStorage(),
    onSuccess: () => client.invalidateQueries({ queryKey: storageKeys.all }),
  });
}
