import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { accountQueries } from '../../queries/account-queries';
import type { AccountRecord, TicketRecord } from '../../queries/data-types';
import { policyQueries } from '../../queries/policy-queries';
import { ticketQueries, type TicketFilter } from '../../queries/ticket-queries';
import type { TicketLifecycle } from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';
import { SegmentedControl } from '../../shared/ui/segmented-control';
import { TicketTable } from './components/ticket-table';
import { TicketsEmptyState } from './components/tickets-empty-state';
import { alertBox, primaryButton } from '../../shared/ui/form-classes';

type StatusChoice = TicketLifecycle | 'all';
const STATUS_CHOICES: readonly StatusChoice[] = ['all', 'open', 'waiting-on-customer', 'resolved'];

const isStatusChoice = (value: string | null): value is StatusChoice =>
  STATUS_CHOICES.some((choice) => choice === value);

const newestFirst = (a: TicketRecord, b: TicketRecord) =>
  b.createdAt - a.createdAt || b.id.localeCompare(a.id);

/** `/tickets`: every ticket with its SLA state, filtered by status (kept in the URL). */
export function TicketsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: StatusChoice = isStatusChoice(raw) ? raw : 'all';
  const filter: TicketFilter = status === 'all' ? {} : { status };
  const ticketsQuery = useQuery(ticketQueries.list(filter));
  const accountsQuery = useQuery(accountQueries.list());
  const policyQuery = useQuery(policyQueries.active());
  const sorted = useMemo(
    () => [...(ticketsQuery.data ?? [])].sort(newestFirst),
    [ticketsQuery.data],
  );
  const accounts = useMemo(
    () => new Map<string, AccountRecord>((accountsQuery.data ?? []).map((a) => [a.id, a])),
    [accountsQuery.data],
  );
  const isLoading = ticketsQuery.isPending || accountsQuery.isPending || policyQuery.isPending;
  const isError = ticketsQuery.isError || accountsQuery.isError || policyQuery.isError;

  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 lg:py-10">
      <title>{t('tickets.documentTitle')}</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{t('tickets.title')}</h1>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{t('tickets.intro')}</p>
        </div>
        <Link to="/tickets/new" className={primaryButton}>
          {t('tickets.new')}
        </Link>
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <span aria-hidden="true" className="text-sm font-semibold">
          {t('tickets.filter')}
        </span>
        <SegmentedControl
          legend={t('tickets.filter')}
          value={status}
          options={STATUS_CHOICES.map((value) => ({ value, label: t(`tickets.filter.${value}`) }))}
          onChange={(value) => {
            setParams(value === 'all' ? {} : { status: value }, { replace: true });
          }}
        />
      </div>
      {isLoading ? (
        <p role="status" className="mt-8 text-slate-700 dark:text-slate-300">
          {t('tickets.loading')}
        </p>
      ) : isError ? (
        <p role="alert" className={`mt-8 ${alertBox}`}>
          {t('tickets.loadError')}
        </p>
      ) : sorted.length === 0 && status === 'all' ? (
        <TicketsEmptyState hasAccounts={accounts.size > 0} />
      ) : sorted.length === 0 ? (
        <p className="mt-8 text-slate-700 dark:text-slate-300">{t('tickets.empty.filtered')}</p>
      ) : (
        <TicketTable key={status} tickets={sorted} accounts={accounts} policy={policyQuery.data} />
      )}
    </div>
  );
}
