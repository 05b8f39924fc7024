import { useI18n } from '../shared/i18n/use-i18n';
import { useSettings } from '../shared/settings/use-settings';
import { MonitorIcon, MoonIcon, SunIcon } from '../shared/ui/icons';
import { SegmentedControl } from '../shared/ui/segmented-control';

/** System / light / dark. */
export function ThemeSwitch() {
  const { t } = useI18n();
  const { settings, setTheme } = useSettings();
  return (
    <SegmentedControl
      legend={t('settings.theme')}
      value={settings.theme}
      onChange={setTheme}
      isCompactOnPhone
      options={[
        { value: 'system', label: t('theme.system'), icon: <MonitorIcon /> },
        { value: 'light', label: t('theme.light'), icon: <SunIcon /> },
        { value: 'dark', label: t('theme.dark'), icon: <MoonIcon /> },
      ]}
    />
  );
}
