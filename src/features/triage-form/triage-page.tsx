import { useI18n } from '../../shared/i18n/use-i18n';

/** `/triage`: the guided triage form (being built). */
export function TriagePage() {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 lg:py-8">
      <title>{t('triage.documentTitle')}</title>
      <h1 className="text-3xl font-bold tracking-tight">{t('triage.title')}</h1>
    </div>
  );
}
