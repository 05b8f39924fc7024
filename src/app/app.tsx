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
      {/* Location updates apply at once, not in a transition: the board's search box is fed from
          the URL, and React cannot update a controlled text input inside a transition. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
