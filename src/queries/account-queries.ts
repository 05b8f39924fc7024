import { queryOptions } from '@tanstack/react-query';
import type { AccountRecord } from '../db/records';
import { dataSourceOf } from './client-context';

/** Query keys for accounts, from generic to specific. */
export const accountKeys = {
  all: ['accounts'] as const,
  lists: () => [...accountKeys.all, 'list'] as const,
  list: () => [...accountKeys.lists()] as const,
  details: () => [...accountKeys.all, 'detail'] as const,
  detail: (id: string) => [...accountKeys.details(), id] as const,
};

export const accountQueries = {
  list: () =>
    queryOptions({
      queryKey: accountKeys.list(),
      queryFn: ({ client }): Promise<AccountRecord[]> =>
        dataSourceOf(client).accounts.listAccounts(),
    }),
  /** One account, or null when there is none with this id. */
  detail: (id: string) =>
    queryOptions({
      queryKey: accountKeys.detail(id),
      queryFn: async ({ client }): Promise<AccountRecord | null> =>
        (await dataSourceOf(client).accounts.getAccount(id)) ?? null,
    }),
};
