import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useNow } from '../../clock/use-now';
import { accountQueries } from '../../queries/account-queries';
import { policyQueries } from '../../queries/policy-queries';
import { ticketQueries } from '../../queries/ticket-queries';
import { useI18n } from '../../shared/i18n/use-i18n';
import { TicketActions } from '../../widgets/ticket/ticket-actions';
import { TicketFactsList } from './components/ticket-facts';
import { TicketSlaTable } from '../../widgets/ticket/ticket-sla-table';
import { TicketTimeline } from '../../widgets/ticket/ticket-timeline';
import { alertBox, panel, textLink } from '../../shared/ui/form-classes';
import { evaluateTicketAt } from '../../widgets/ticket/evaluate-ticket-at';
import { useDateTimeFormat } from '../../widgets/ticket/use-date-time-format';

const sectionTitle = 'text-xl font-bold';

/** `/tickets/:ticketId`: facts, SLA state, timeline and actions of one ticket. */
export function TicketPage() {
  const { t } = useI18n();
  const ticketId = useParams().ticketId ?? '';
  const ticketQuery = useQuery(ticketQueries.detail(ticketId));
  const policyQuery = useQuery(policyQueries.active());
  const accountId = ticketQuery.data?.accountId ?? '';
  const accountQuery = useQuery({ ...accountQueries.detail(accountId), enabled: accountId !== '' });
  const nowMs = useNow(60_000);
  const formatDateTime = useDateTimeFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ticket = ticketQuery.data;
  const isReady = ticket !== undefined && policyQuery.data !== undefined;

  useEffect(() => {
    if (isReady) headingRef.current?.focus();
  }, [isReady, ticketId]);

  const back = (
    <p className="text-sm">
      <Link to="/tickets" className={textLink}>
        {t('ticket.back')}
      </Link>
    </p>
  );
  if (ticketQuery.isPending || policyQuery.isPending) {
    return (
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <p role="status">{t('ticket.loading')}</p>
      </div>
    );
  }
  if (ticketQuery.isError || policyQuery.isError || ticketQuery.data === null) {
    return (
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <title>{t('ticket.documentTitle', { id: ticketId })}</title>
        {back}
        <h1 className="mt-2 text-3xl font-bold">{t('ticket.notFound.title')}</h1>
        <p role="alert" className={`mt-4 ${alertBox}`}>
          {ticketQuery.isError || policyQuery.isError
            ? t('tickets.loadError')
            : t('ticket.notFound.body', { id: ticketId })}
        </p>
      </div>
    );
  }
  const policy = policyQuery.data;
  const account = accountQuery.data ?? undefined;
  const metrics = evaluateTicketAt(ticketQuery.data, account, policy, nowMs);
  const current = ticketQuery.data;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:py-10">
      <title>{t('ticket.documentTitle', { id: current.id })}</title>
      {back}
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="mt-2 text-3xl font-bold tracking-tight focus:outline-none"
      >
        <span className="block font-mono text-base font-semibold text-slate-600 dark:text-slate-400">
          {current.id}
        </span>
        {current.title}
      </h1>
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <section aria-labelledby="facts-title" className={panel}>
            <h2 id="facts-title" className={`${sectionTitle} mb-3`}>
              {t('ticket.facts')}
            </h2>
            <TicketFactsList
              ticket={current}
              account={accountQuery.data}
              policy={policy}
              formatDateTime={formatDateTime}
            />
            {current.description !== '' && (
              <>
                <h3 className="mt-4 text-sm font-semibold">{t('ticket.description')}</h3>
                <p className="mt-1 whitespace-pre-wrap">{current.description}</p>
              </>
            )}
          </section>
          <section aria-labelledby="sla-title" className={panel}>
            <h2 id="sla-title" className={`${sectionTitle} mb-2`}>
              {t('ticket.sla')}
            </h2>
            {metrics ? (
              <TicketSlaTable metrics={metrics} nowMs={nowMs} formatDateTime={formatDateTime} />
            ) : (
              <p>{t('ticket.sla.noDue')}</p>
            )}
          </section>
          <section aria-labelledby="timeline-title" className={panel}>
            <h2 id="timeline-title" className={`${sectionTitle} mb-3`}>
              {t('ticket.timeline')}
            </h2>
            <TicketTimeline ticket={current} formatDateTime={formatDateTime} />
          </section>
        </div>
        <div className={`${panel} self-start`}>
          <TicketActions
            ticket={current}
            account={account}
            policy={policy}
            formatDateTime={formatDateTime}
          />
        </div>
      </div>
    </div>
  );
}
