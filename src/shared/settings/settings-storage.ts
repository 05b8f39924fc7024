import { isLocale, type Locale } from '../i18n/locale';
import { isThemePreference, type ThemePreference } from '../theme/theme-preference';

/** Display settings remembered between visits. */
export interface Settings {
  locale: Locale;
  theme: ThemePreference;
}

/**
 * Where settings are kept. The only module that knows: swap `localSettingsStorage` for an
 * IndexedDB-backed one without touching the providers.
 */
export interface SettingsStorage {
  /** What was saved, field by field; unknown or corrupt values are dropped. */
  load(): Partial<Settings>;
  save(settings: Settings): void;
}

/**
 * localStorage key. index.html reads it too, before the first paint, to avoid a flash of the
 * wrong theme or language. DO NOT CHANGE without updating index.html and migrating old values.
 */
export const SETTINGS_STORAGE_KEY = 'sla-board.settings';

/** Keeps only well-formed fields of a stored value. */
export function parseSettings(raw: unknown): Partial<Settings> {
  if (typeof raw !== 'object' || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const settings: Partial<Settings> = {};
  if (isLocale(record.locale)) settings.locale = record.locale;
  if (isThemePreference(record.theme)) settings.theme = record.theme;
  return settings;
}

/** Settings in the browser's localStorage; reading or writing never throws (private modes). */
export const localSettingsStorage: SettingsStorage = {
  load() {
    try {
      const text = window.localStorage.getItem(SETTINGS_STORAGE_KEY);
      return text === null ? {} : parseSettings(JSON.parse(text));
    } catch {
      return {};
    }
  },
  save(settings) {
    try {
      window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
    } catch {
      // Storage full or disabled: the setting still applies for this visit.
    }
  },
};

/** Settings kept in memory: for tests, or when nothing may be persisted. */
export function createMemorySettingsStorage(
  initial: Partial<Settings> = {},
): SettingsStorage & { saved: Settings[] } {
  let current = { ...initial };
  const saved: Settings[] = [];
  return {
    saved,
    load: () => ({ ...current }),
    save(settings) {
      current = { ...settings };
      saved.push({ ...settings });
    },
  };
}
