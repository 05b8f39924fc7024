import { useQuery } from '@tanstack/react-query';
import { policyQueries } from '../../queries/policy-queries';
import { useI18n } from '../../shared/i18n/use-i18n';
import { PolicyView } from './components/policy-view';

/** The support policy in force, explained plan by plan: the `/policy` screen. */
export function PolicyPage() {
  const { t } = useI18n();
  const policyQuery = useQuery(policyQueries.active());

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <title>{t('policy.documentTitle')}</title>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('policy.title')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
        {t('policy.intro')}
      </p>
      {policyQuery.isPending ? (
        <p role="status" className="mt-8 text-slate-700 dark:text-slate-300">
          {t('policy.loading')}
        </p>
      ) : policyQuery.isError ? (
        <p
          role="alert"
          className="mt-8 rounded-md border border-red-700 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {t('policy.error')}
        </p>
      ) : (
        <PolicyView policy={policyQuery.data} />
      )}
    </div>
  );
}
