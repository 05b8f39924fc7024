import { LOCALES } from '../shared/i18n/locale';
import { useI18n } from '../shared/i18n/use-i18n';
import { useSettings } from '../shared/settings/use-settings';
import { SegmentedControl } from '../shared/ui/segmented-control';

/** English / Français, each written in its own language. */
export function LanguageSwitch() {
  const { t } = useI18n();
  const { settings, setLocale } = useSettings();
  const options = LOCALES.map((locale) => ({
    value: locale,
    label: t(`language.${locale}`),
    lang: locale,
  }));
  return (
    <SegmentedControl
      legend={t('settings.language')}
      options={options}
      value={settings.locale}
      onChange={setLocale}
    />
  );
}
