import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { AlertPreferences } from '../../../queries/data-types';
import { useUpdateSettings } from '../../../queries/settings-mutations';
import { settingsQueries } from '../../../queries/settings-queries';
import { useSettings } from '../../../shared/settings/use-settings';

/** Every alert is opt-in. */
export const NO_ALERTS: AlertPreferences = {
  notifications: false,
  sound: false,
  titleCount: false,
};

export interface AlertPreferencesState {
  alerts: AlertPreferences;
  /** Stores a change (shown at once, before the write lands). */
  update: (patch: Partial<AlertPreferences>) => void;
}

/** The board's alert preferences, kept in the stored settings so they survive a reload. */
export function useAlertPreferences(): AlertPreferencesState {
  const { data } = useQuery(settingsQueries.current());
  const { settings } = useSettings();
  // A first write keeps the language and theme this browser shows (nothing stored yet).
  const { mutate } = useUpdateSettings({
    defaultsIfNew: { language: settings.locale, theme: settings.theme },
  });
  // While a write is on its way, what it writes is what the user chose (a checkbox must not
  // spring back while the database catches up).
  const [pending, setPending] = useState<AlertPreferences | null>(null);
  const alerts = pending ?? data?.alerts ?? NO_ALERTS;
  // Stable between changes, so the memoised control does not re-render on every clock tick.
  const update = useCallback(
    (patch: Partial<AlertPreferences>) => {
      const next = { ...alerts, ...patch };
      setPending(next);
      mutate(
        { alerts: next },
        {
          onSettled: () => {
            setPending((current) => (current === next ? null : current));
          },
        },
      );
    },
    [alerts, mutate],
  );
  return { alerts, update };
}
