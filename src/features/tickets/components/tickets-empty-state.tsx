import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { panel, primaryButton, textLink } from './ui-classes';

/** What to do when there is no ticket at all: an account first, then a ticket, or demo data. */
export function TicketsEmptyState({ hasAccounts }: { hasAccounts: boolean }) {
  const { t } = useI18n();
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
      <p className="mt-4 text-sm">
        <Link to="/data" className={textLink}>
          {t('tickets.empty.data')}
        </Link>
      </p>
    </section>
  );
}
