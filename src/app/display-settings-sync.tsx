import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
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
  const { mutate, isPending } = useUpdateSettings();
  // Before the first answer, "last stored" is what this browser showed at start: a first answer
  // equal to it (nothing stored yet) is no news, and a switch made meanwhile still gets stored.
  const lastStored = useRef<Settings>({ locale: initial.language, theme: initial.theme });
  const lastLocal = useRef<Settings>({ locale: initial.language, theme: initial.theme });
  // What this tab wrote last: reading it back is an echo, not a change made elsewhere.
  const lastWritten = useRef<Settings | null>(null);
  const write = useCallback(
    (next: Settings) => {
      lastWritten.current = next;
      mutate({ language: next.locale, theme: next.theme });
    },
    [mutate],
  );

  useEffect(() => {
    if (!stored.data) return;
    // While this tab's own write is on its way, a read-back may still carry an earlier choice:
    // applying it would flip the display back. Only push local changes until the writes settle.
    if (isPending) {
      if (!same(lastLocal.current, settings)) {
        lastLocal.current = settings;
        write(settings);
      }
      return;
    }
    const fromDb: Settings = { locale: stored.data.language, theme: stored.data.theme };
    const isEcho = lastWritten.current !== null && same(lastWritten.current, fromDb);
    const dbChanged = !same(lastStored.current, fromDb) && !isEcho;
    // An echo is seen once: the same value stored later (another tab, an import) is news again.
    if (isEcho) lastWritten.current = null;
    const localChanged = !same(lastLocal.current, settings);
    lastStored.current = fromDb;
    lastLocal.current = settings;
    if (same(fromDb, settings)) return;
    if (dbChanged) {
      if (fromDb.locale !== settings.locale) setLocale(fromDb.locale);
      if (fromDb.theme !== settings.theme) setTheme(fromDb.theme);
    } else if (localChanged) {
      write(settings);
    }
  }, [stored.data, isPending, settings, setLocale, setTheme, write]);

  return null;
}
