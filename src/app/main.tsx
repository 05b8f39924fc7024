import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RealClock } from '../clock/real-clock';
import { pickLocale } from '../shared/i18n/locale';
import { localSettingsStorage } from '../shared/settings/settings-storage';
import { App } from './app';
import { createQueryClient } from './query-client';
import '../index.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App
      queryClient={createQueryClient()}
      clock={new RealClock()}
      settingsStorage={localSettingsStorage}
      defaultSettings={{ locale: pickLocale(navigator.languages), theme: 'system' }}
    />
  </StrictMode>,
);
