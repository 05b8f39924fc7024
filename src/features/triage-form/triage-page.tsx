import { useQuery } from '@tanstack/react-query';
import { policyQueries } from '../../queries/policy-queries';
import { useI18n } from '../../shared/i18n/use-i18n';
import { alertBox } from '../../shared/ui/form-classes';
import { TriageFlow } from './components/triage-flow';

/** `/triage`: a customer answers plain questions and leaves with the priority to use and why. */
export function TriagePage() {
  const { t } = useI18n();
  const policy = useQuery(policyQueries.active());
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 lg:py-8">
      <title>{t('triage.documentTitle')}</title>
      <h1 className="text-3xl font-bold tracking-tight">{t('triage.title')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t('triage.intro')}</p>
      {policy.isPending ? (
        <p className="mt-6">{t('triage.loading')}</p>
      ) : policy.isError ? (
        <p role="alert" className={`mt-6 ${alertBox}`}>
          {t('triage.loadError')}
        </p>
      ) : (
        <TriageFlow policy={policy.data} />
      )}
    </div>
  );
}
