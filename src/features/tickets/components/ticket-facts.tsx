import type { AccountRecord, TicketRecord } from '../../../queries/data-types';
import type { Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { regionName } from '../../../shared/format/region-name';

interface TicketFactsProps {
  ticket: TicketRecord;
  account: AccountRecord | null | undefined;
  policy: Policy;
  formatDateTime: (ms: number) => string;
}

/** What the ticket is: account, plan, priority, region, status, creation, triage advice. */
export function TicketFactsList({ ticket, account, policy, formatDateTime }: TicketFactsProps) {
  const { t } = useI18n();
  const { recommendation } = ticket;
  const isAgainst = recommendation !== undefined && recommendation.priority !== ticket.priority;
  const facts: [string, string][] = [
    [
      t('ticket.fact.account'),
      account?.name ?? t('tickets.unknownAccount', { id: ticket.accountId }),
    ],
    [
      t('ticket.fact.tier'),
      `${t(`tier.${ticket.tier}`)} (${t(`promise.${policy.tiers[ticket.tier].promise}.short`)})`,
    ],
    [
      t('ticket.fact.priority'),
      ticket.currentPriority === ticket.priority
        ? ticket.priority
        : t('ticket.priorityChanged', {
            current: ticket.currentPriority,
            initial: ticket.priority,
          }),
    ],
    [t('ticket.fact.region'), regionName(policy, ticket.region, t)],
    [t('ticket.fact.status'), t(`lifecycle.${ticket.status}`)],
    [t('ticket.fact.created'), formatDateTime(ticket.createdAt)],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {term}
          </dt>
          <dd className="mt-0.5">{value}</dd>
        </div>
      ))}
      {recommendation && (
        <div className="sm:col-span-2">
          <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {t('ticket.fact.recommendation')}
          </dt>
          <dd className="mt-0.5">
            {t('ticket.recommendation.value', {
              priority: recommendation.priority,
              summary: recommendation.summary,
            })}
            {isAgainst && (
              <strong className="mt-1 flex w-fit items-center gap-1 rounded border border-amber-600 bg-amber-50 px-2 py-0.5 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
                <span aria-hidden="true">⚠</span>
                {t('ticket.recommendation.against', { priority: recommendation.priority })}
              </strong>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
