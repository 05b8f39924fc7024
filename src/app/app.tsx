import type { QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import type { Clock } from '../clock/clock';
import type { Settings, SettingsStorage } from '../shared/settings/settings-storage';
import { AppProviders } from './providers';
import { AppRoutes } from './routes';

interface AppProps {
  queryClient: QueryClient;
  clock: Clock;
  settingsStorage: SettingsStorage;
  defaultSettings: Settings;
}

/** The whole app in the browser: providers, URL routing and screens. */
export function App(props: AppProps) {
  return (
    <AppProviders {...props}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
