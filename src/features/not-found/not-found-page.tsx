import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n/use-i18n';

/** Shown for any address the app does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <title>{t('notFound.documentTitle')}</title>
      <h1 className="text-3xl font-bold tracking-tight">{t('notFound.title')}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t('notFound.body')}</p>
      <Link
        to="/policy"
        className="mt-6 inline-block rounded-md font-semibold text-indigo-700 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-indigo-300 dark:focus-visible:outline-indigo-300"
      >
        {t('notFound.back')}
      </Link>
    </div>
  );
}
