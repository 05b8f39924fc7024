import { memo } from 'react';
import { Link } from 'react-router';
import type { AccountRecord, TicketRecord } from '../../../queries/data-types';
import { METRIC_IDS, type Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { evaluateTicketAt } from '../../../widgets/ticket/evaluate-ticket-at';
import { MetricStateBadge } from '../../../shared/ui/metric-state-badge';

interface TicketRowProps {
  ticket: TicketRecord;
  account: AccountRecord | undefined;
  policy: Policy;
  nowMs: number;
  formatDateTime: (ms: number) => string;
}

const cell = 'px-3 py-2 align-top';

/** One ticket of the list; re-renders only when its ticket, account, policy or minute changes. */
export const TicketRow = memo(function TicketRow({
  ticket,
  account,
  policy,
  nowMs,
  formatDateTime,
}: TicketRowProps) {
  const { t } = useI18n();
  const metrics = evaluateTicketAt(ticket, account, policy, nowMs);
  return (
    <tr className="border-t border-slate-200 dark:border-slate-800">
      <th
        scope="row"
        className={`${cell} text-left font-mono text-sm font-semibold whitespace-nowrap`}
      >
        <Link
          to={`/tickets/${encodeURIComponent(ticket.id)}`}
          className="text-indigo-700 underline underline-offset-2 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-indigo-300 dark:hover:text-indigo-100"
        >
          {ticket.id}
        </Link>
      </th>
      <td className={`${cell} min-w-48`}>{ticket.title}</td>
      <td className={cell}>
        {account?.name ?? t('tickets.unknownAccount', { id: ticket.accountId })}
      </td>
      <td className={`${cell} whitespace-nowrap`}>{t(`tier.${ticket.tier}`)}</td>
      <td className={`${cell} font-semibold`}>{ticket.currentPriority}</td>
      <td className={cell}>{policy.calendars[ticket.region]?.name ?? ticket.region}</td>
      <td className={`${cell} whitespace-nowrap`}>{t(`lifecycle.${ticket.status}`)}</td>
      <td className={`${cell} whitespace-nowrap`}>{formatDateTime(ticket.createdAt)}</td>
      {METRIC_IDS.map((metric, index) => {
        const status = metrics?.[index];
        return (
          <td key={metric} className={cell}>
            {status ? <MetricStateBadge state={status.state} /> : t('ticket.sla.noDue')}
          </td>
        );
      })}
    </tr>
  );
});
