import { LOCALES } from '../../shared/i18n/locale';
import { useI18n } from '../../shared/i18n/use-i18n';
import { useSettings } from '../../shared/settings/use-settings';
import { MonitorIcon, MoonIcon, SunIcon } from '../../shared/ui/icons';
import { SegmentedControl } from '../../shared/ui/segmented-control';
import { Card } from './card';

/**
 * Language and theme, the same choices as the header switches. Both apply at once; the app
 * stores them in IndexedDB (and mirrors them for the first paint).
 */
export function DisplayFields() {
  const { t } = useI18n();
  const { settings, setLocale, setTheme } = useSettings();
  return (
    <Card id="settings-display" title={t('settingsPage.display')}>
      <div className="grid items-center gap-x-6 gap-y-4 sm:grid-cols-[10rem_1fr]">
        <span aria-hidden="true" className="font-medium">
          {t('settings.language')}
        </span>
        <SegmentedControl
          legend={t('settings.language')}
          value={settings.locale}
          onChange={setLocale}
          options={LOCALES.map((locale) => ({
            value: locale,
            label: t(`language.${locale}`),
            lang: locale,
          }))}
        />
        <span aria-hidden="true" className="font-medium">
          {t('settings.theme')}
        </span>
        <SegmentedControl
          legend={t('settings.theme')}
          value={settings.theme}
          onChange={setTheme}
          options={[
            { value: 'system', label: t('theme.system'), icon: <MonitorIcon /> },
            { value: 'light', label: t('theme.light'), icon: <SunIcon /> },
            { value: 'dark', label: t('theme.dark'), icon: <MoonIcon /> },
          ]}
        />
      </div>
    </Card>
  );
}
