import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingsPatch } from '../db/settings-repo';
import { dataSourceOf } from './client-context';
import { mutationMeta, type MutationHookOptions } from './data-error-sink';
import { policyKeys } from './policy-queries';
import { settingsKeys } from './settings-queries';

export type { SettingsPatch };

/** Merges a patch into the settings; refreshes settings and the active policy (it follows them). */
export function useUpdateSettings(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...settingsKeys.all, 'update'],
    scope: { id: 'settings' },
    meta: mutationMeta(options),
    mutationFn: (patch: SettingsPatch) => dataSourceOf(client).settings.updateSettings(patch),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: settingsKeys.all }),
        client.invalidateQueries({ queryKey: policyKeys.all }),
      ]),
  });
}
