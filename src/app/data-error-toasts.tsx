import { describeDataError } from '../queries/data-errors';
import { useDataErrors } from '../queries/use-data-errors';
import { dataErrorText } from '../shared/i18n/data-error-text';
import { useI18n } from '../shared/i18n/use-i18n';

/**
 * Background data failures (a refetch, a write nobody's form shows) as dismissible notices,
 * newest last. Each is announced once as an alert; none is dropped until dismissed.
 */
export function DataErrorToasts() {
  const { t } = useI18n();
  const { errors, dismiss } = useDataErrors();
  if (errors.length === 0) return null;
  return (
    <section
      aria-label={t('storage.toast.label')}
      className="pointer-events-none fixed inset-x-0 bottom-0 z-40 flex flex-col items-center gap-2 p-4 sm:items-end"
    >
      {errors.map((report) => (
        <div
          key={report.id}
          role="alert"
          className="pointer-events-auto flex w-full max-w-md items-start gap-3 rounded-lg border-2 border-red-700 bg-white p-4 text-slate-900 shadow-lg dark:border-red-400 dark:bg-slate-900 dark:text-slate-100"
        >
          <span aria-hidden="true" className="font-bold text-red-700 dark:text-red-300">
            ✕
          </span>
          <div className="flex-1">
            <p className="font-semibold">{t('storage.toast.title')}</p>
            <p className="mt-1 text-sm">{dataErrorText(t, describeDataError(report.error))}</p>
          </div>
          <button
            type="button"
            onClick={() => {
              dismiss(report.id);
            }}
            className="rounded-md px-2 py-1 text-sm font-semibold text-slate-700 underline underline-offset-4 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-300"
          >
            {t('storage.toast.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
