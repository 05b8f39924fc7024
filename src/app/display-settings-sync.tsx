import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useUpdateSettings } from '../queries/settings-mutations';
import { settingsQueries } from '../queries/settings-queries';
import { useSettings } from '../shared/settings/use-settings';
import type { Settings } from '../shared/settings/settings-storage';

const same = (a: Settings, b: Settings) => a.locale === b.locale && a.theme === b.theme;

/**
 * IndexedDB is the source of truth for language and theme; localStorage only mirrors them for
 * the first paint. Once the stored settings load (and whenever they change: another tab, an
 * import) they are applied here; a change made here (header switches, settings page) is written
 * to IndexedDB. While nothing is stored, what this browser shows is kept and stored on change.
 */
export function DisplaySettingsSync() {
  const { settings, setLocale, setTheme } = useSettings();
  const [initial] = useState(() => ({ language: settings.locale, theme: settings.theme }));
  const stored = useQuery(settingsQueries.currentOr(initial));
  const { mutate } = useUpdateSettings();
  // Before the first answer, "last stored" is what this browser showed at start: a first answer
  // equal to it (nothing stored yet) is no news, and a switch made meanwhile still gets stored.
  const lastStored = useRef<Settings>({ locale: initial.language, theme: initial.theme });
  const lastLocal = useRef<Settings>({ locale: initial.language, theme: initial.theme });

  useEffect(() => {
    if (!stored.data) return;
    const fromDb: Settings = { locale: stored.data.language, theme: stored.data.theme };
    const dbChanged = !same(lastStored.current, fromDb);
    const localChanged = !same(lastLocal.current, settings);
    lastStored.current = fromDb;
    lastLocal.current = settings;
    if (same(fromDb, settings)) return;
    if (dbChanged) {
      if (fromDb.locale !== settings.locale) setLocale(fromDb.locale);
      if (fromDb.theme !== settings.theme) setTheme(fromDb.theme);
    } else if (localChanged) {
      mutate({ language: settings.locale, theme: settings.theme });
    }
  }, [stored.data, settings, setLocale, setTheme, mutate]);

  return null;
}
