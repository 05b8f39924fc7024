import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { accountQueries } from '../../queries/account-queries';
import { policyQueries } from '../../queries/policy-queries';
import { useI18n } from '../../shared/i18n/use-i18n';
import { NewTicketForm } from './components/new-ticket-form';
import { alertBox, panel, primaryButton, textLink } from '../../shared/ui/form-classes';

/** `/tickets/new` (`?account=<id>` preselects an account): opens a ticket. */
export function NewTicketPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const accountsQuery = useQuery(accountQueries.list());
  const policyQuery = useQuery(policyQueries.active());
  const requested = params.get('account') ?? '';

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-10">
      <title>{t('newTicket.documentTitle')}</title>
      <p className="text-sm">
        <Link to="/tickets" className={textLink}>
          {t('ticket.back')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t('newTicket.title')}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t('newTicket.intro')}</p>
      {accountsQuery.isPending || policyQuery.isPending ? (
        <p role="status" className="mt-6">
          {t('tickets.loading')}
        </p>
      ) : accountsQuery.isError || policyQuery.isError ? (
        <p role="alert" className={`mt-6 ${alertBox}`}>
          {t('tickets.loadError')}
        </p>
      ) : accountsQuery.data.length === 0 ? (
        <section aria-labelledby="no-account" className={`mt-6 max-w-2xl ${panel}`}>
          <h2 id="no-account" className="text-xl font-bold">
            {t('newTicket.noAccount.title')}
          </h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{t('newTicket.noAccount.body')}</p>
          <p className="mt-4">
            <Link to="/accounts" className={primaryButton}>
              {t('tickets.empty.createAccount')}
            </Link>
          </p>
        </section>
      ) : (
        <NewTicketForm
          accounts={accountsQuery.data}
          policy={policyQuery.data}
          initialAccountId={
            accountsQuery.data.some((account) => account.id === requested)
              ? requested
              : accountsQuery.data.length === 1
                ? (accountsQuery.data[0]?.id ?? '')
                : ''
          }
        />
      )}
    </div>
  );
}
