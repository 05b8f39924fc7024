import { Link } from 'react-router';
import { describeDataError } from '../../../queries/data-errors';
import { useLoadDemoData } from '../../../queries/data-transfer';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { dataErrorText } from '../../../shared/i18n/data-error-text';
import { panel, primaryButton, secondaryButton, textLink } from '../../../shared/ui/form-classes';

/** What to do when there is no ticket at all: an account first, then a ticket, or demo data. */
export function TicketsEmptyState({ hasAccounts }: { hasAccounts: boolean }) {
  const { t } = useI18n();
  const loadDemo = useLoadDemoData({ errorsShownInline: true });
  return (
    <section aria-labelledby="tickets-empty" className={`mt-8 max-w-2xl ${panel}`}>
      <h2 id="tickets-empty" className="text-xl font-bold">
        {t('tickets.empty.title')}
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {hasAccounts ? t('tickets.empty.bodyWithAccounts') : t('tickets.empty.body')}
      </p>
      <p className="mt-4">
        <Link to={hasAccounts ? '/tickets/new' : '/accounts'} className={primaryButton}>
          {hasAccounts ? t('tickets.new') : t('tickets.empty.createAccount')}
        </Link>
      </p>
      <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-800">
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('tickets.empty.demoHint')}</p>
        <button
          type="button"
          className={`mt-3 ${secondaryButton}`}
          disabled={loadDemo.isPending}
          onClick={() => loadDemo.mutate({ ticketCount: 100 })}
        >
          {t('tickets.empty.demo')}
        </button>
        {loadDemo.error ? (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
            {dataErrorText(t, describeDataError(loadDemo.error))}
          </p>
        ) : null}
      </div>
      <p className="mt-4 text-sm">
        <Link to="/data" className={textLink}>
          {t('tickets.empty.data')}
        </Link>
      </p>
    </section>
  );
}
