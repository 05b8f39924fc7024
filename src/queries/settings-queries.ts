import { queryOptions } from '@tanstack/react-query';
import type { SettingsRecord } from '../db/records';
import { dataSourceOf } from './client-context';

/** Query keys for the settings row. */
export const settingsKeys = {
  all: ['settings'] as const,
  current: () => [...settingsKeys.all, 'current'] as const,
};

export const settingsQueries = {
  /** The stored settings, or the defaults while none are stored. */
  current: () =>
    queryOptions({
      queryKey: settingsKeys.current(),
      queryFn: ({ client }): Promise<SettingsRecord> => dataSourceOf(client).settings.getSettings(),
    }),
};
