import { useMemo, useState, type ReactNode } from 'react';
import { SettingsContext, type SettingsValue } from './settings-context';
import type { Settings, SettingsStorage } from './settings-storage';

interface SettingsProviderProps {
  storage: SettingsStorage;
  /** Used for any setting the storage does not have yet. */
  defaults: Settings;
  children: ReactNode;
}

/** Holds the display settings, loading them once and saving every change. */
export function SettingsProvider({ storage, defaults, children }: SettingsProviderProps) {
  const [settings, setSettings] = useState<Settings>(() => ({ ...defaults, ...storage.load() }));

  const value = useMemo<SettingsValue>(() => {
    // Functional update: two setters called in one tick both apply.
    const update = (patch: Partial<Settings>) => {
      setSettings((previous) => {
        const next = { ...previous, ...patch };
        storage.save(next);
        return next;
      });
    };
    return {
      settings,
      setLocale: (locale) => {
        update({ locale });
      },
      setTheme: (theme) => {
        update({ theme });
      },
    };
  }, [settings, storage]);

  return <SettingsContext value={value}>{children}</SettingsContext>;
}
