import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import type { Clock } from '../clock/clock';
import { ClockProvider } from '../clock/clock-provider';
import { useCrossTabSync } from '../queries/use-cross-tab-sync';
import { I18nProvider } from '../shared/i18n/i18n-provider';
import { SettingsProvider } from '../shared/settings/settings-provider';
import type { Settings, SettingsStorage } from '../shared/settings/settings-storage';
import { useSettings } from '../shared/settings/use-settings';
import { useAppliedTheme } from '../shared/theme/use-applied-theme';
import { DisplaySettingsSync } from './display-settings-sync';

interface AppProvidersProps {
  queryClient: QueryClient;
  clock: Clock;
  settingsStorage: SettingsStorage;
  defaultSettings: Settings;
  children: ReactNode;
}

/** Everything a screen needs around it: data cache, clock, settings, language and theme. */
export function AppProviders({
  queryClient,
  clock,
  settingsStorage,
  defaultSettings,
  children,
}: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <CrossTabSync />
      <ClockProvider clock={clock}>
        <SettingsProvider storage={settingsStorage} defaults={defaultSettings}>
          <DisplaySettingsSync />
          <DocumentSettings>{children}</DocumentSettings>
        </SettingsProvider>
      </ClockProvider>
    </QueryClientProvider>
  );
}

/** Applies the chosen language and theme to the whole document. */
function DocumentSettings({ children }: { children: ReactNode }) {
  const { settings } = useSettings();
  useAppliedTheme(settings.theme);
  useEffect(() => {
    document.documentElement.lang = settings.locale;
  }, [settings.locale]);
  return <I18nProvider locale={settings.locale}>{children}</I18nProvider>;
}

/** Refreshes this tab's data when another tab writes. */
function CrossTabSync() {
  useCrossTabSync();
  return null;
}
