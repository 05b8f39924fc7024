import { useQuery } from '@tanstack/react-query';
import { useUpdateSettings } from '../../queries/settings-mutations';
import { settingsQueries } from '../../queries/settings-queries';
import { useI18n } from '../../shared/i18n/use-i18n';
import { useSettings } from '../../shared/settings/use-settings';
import { DisplayFields } from './display-fields';
import { TeamSettingsForm } from './team-settings-form';

/** The P1 phone number, the agent's name, language and theme: the `/settings` screen. */
export function SettingsPage() {
  const { t } = useI18n();
  const settings = useQuery(settingsQueries.current());
  const { settings: shown } = useSettings();
  // A first save keeps the language and theme this browser shows (nothing stored yet).
  const update = useUpdateSettings({
    errorsShownInline: true,
    defaultsIfNew: { language: shown.locale, theme: shown.theme },
  });
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <title>{t('settingsPage.documentTitle')}</title>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('settingsPage.title')}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{t('settingsPage.intro')}</p>
      <div className="mt-8 flex flex-col gap-6">
        {settings.isPending ? (
          <p role="status">{t('settingsPage.loading')}</p>
        ) : settings.isError ? (
          <p
            role="alert"
            className="rounded-md border border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
          >
            {t('storage.banner.failed')}
          </p>
        ) : (
          <TeamSettingsForm
            // Re-mounts with fresh fields when the stored values change (another tab, an import).
            key={`${settings.data.p1Phone}\u0000${settings.data.agentName ?? ''}`}
            p1Phone={settings.data.p1Phone}
            agentName={settings.data.agentName ?? ''}
            update={update}
          />
        )}
        <DisplayFields />
      </div>
    </div>
  );
}
