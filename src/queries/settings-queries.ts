import { queryOptions } from '@tanstack/react-query';
import type { SettingsPatch } from '../db/settings-repo';
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
  /**
   * The stored settings, or `defaults` over the built-in defaults while none are stored: lets
   * the app tell "nothing stored yet" (keep what this browser shows) from a stored choice.
   */
  currentOr: (defaults: SettingsPatch) =>
    queryOptions({
      queryKey: [...settingsKeys.all, 'current-or', defaults] as const,
      queryFn: ({ client }): Promise<SettingsRecord> =>
        dataSourceOf(client).settings.getSettings(defaults),
    }),
};
