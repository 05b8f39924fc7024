import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingsPatch } from '../db/settings-repo';
import { dataSourceOf } from './client-context';
import { mutationMeta, type MutationHookOptions } from './data-error-sink';
import { policyKeys } from './policy-queries';
import { settingsKeys } from './settings-queries';

export type { SettingsPatch };

interface UpdateSettingsOptions extends MutationHookOptions {
  /** What a first write stores under its patch while no settings are stored yet. */
  defaultsIfNew?: SettingsPatch;
}

/** Merges a patch into the settings; refreshes settings and the active policy (it follows them). */
export function useUpdateSettings(options: UpdateSettingsOptions = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...settingsKeys.all, 'update'],
    scope: { id: 'settings' },
    meta: mutationMeta(options),
    mutationFn: (patch: SettingsPatch) =>
      dataSourceOf(client).settings.updateSettings(patch, options.defaultsIfNew),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: settingsKeys.all }),
        client.invalidateQueries({ queryKey: policyKeys.all }),
      ]),
  });
}
