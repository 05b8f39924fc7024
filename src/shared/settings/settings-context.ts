import { createContext } from 'react';
import type { Locale } from '../i18n/locale';
import type { ThemePreference } from '../theme/theme-preference';
import type { Settings } from './settings-storage';

export interface SettingsValue {
  settings: Settings;
  setLocale: (locale: Locale) => void;
  setTheme: (theme: ThemePreference) => void;
}

/** Display settings of the app; `null` outside a SettingsProvider. */
export const SettingsContext = createContext<SettingsValue | null>(null);
