import { memo } from 'react';
import { Link } from 'react-router';
import type { AccountRecord, TicketRecord } from '../../../queries/data-types';
import { METRIC_IDS, type Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { evaluateTicketAt } from '../../../widgets/ticket/evaluate-ticket-at';
import { MetricStateBadge } from '../../../shared/ui/metric-state-badge';
import { regionName } from '../../../shared/format/region-name';

interface TicketRowProps {
  ticket: TicketRecord;
  account: AccountRecord | undefined;
  policy: Policy;
  nowMs: number;
  formatDateTime: (ms: number) => string;
}

const cell = 'px-3 py-2 align-top';
const detail = 'mt-0.5 block text-xs text-slate-600 dark:text-slate-400';

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
      <th scope="row" className={`${cell} max-w-80 min-w-60 text-left font-normal`}>
        <Link
          to={`/tickets/${encodeURIComponent(ticket.id)}`}
          className="font-mono text-sm font-semibold whitespace-nowrap text-indigo-700 underline underline-offset-2 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-indigo-300 dark:hover:text-indigo-100"
        >
          {ticket.id}
        </Link>
        <span className="mt-0.5 block">{ticket.title}</span>
      </th>
      <td className={cell}>
        {account?.name ?? t('tickets.unknownAccount', { id: ticket.accountId })}
        <span className={detail}>
          {t(`tier.${ticket.tier}`)} · {regionName(policy, ticket.region, t)}
        </span>
      </td>
      <td className={`${cell} font-semibold`}>{ticket.currentPriority}</td>
      <td className={cell}>
        <span className="whitespace-nowrap">{t(`lifecycle.${ticket.status}`)}</span>
        <span className={detail}>
          {t('tickets.createdAt', { time: formatDateTime(ticket.createdAt) })}
        </span>
      </td>
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
