import type { MetricStatus } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { useRemainingText } from '../model/use-remaining-text';
import { MetricStateBadge } from './metric-state-badge';

interface TicketSlaTableProps {
  metrics: readonly MetricStatus[];
  nowMs: number;
  formatDateTime: (ms: number) => string;
}

const cell = 'px-3 py-2 align-top';

/** Each metric's state, due instant (viewer's time) and what remains. */
export function TicketSlaTable({ metrics, nowMs, formatDateTime }: TicketSlaTableProps) {
  const { t } = useI18n();
  const remainingText = useRemainingText(formatDateTime);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="pb-2 text-left text-sm text-slate-600 dark:text-slate-400">
          {t('ticket.sla.caption', { time: formatDateTime(nowMs) })}
        </caption>
        <thead>
          <tr className="text-left text-xs tracking-wide text-slate-700 uppercase dark:text-slate-300">
            <th scope="col" className={cell}>
              {t('ticket.sla.metric')}
            </th>
            <th scope="col" className={cell}>
              {t('ticket.sla.state')}
            </th>
            <th scope="col" className={cell}>
              {t('ticket.sla.due')}
            </th>
            <th scope="col" className={cell}>
              {t('ticket.sla.remaining')}
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((status) => (
            <tr key={status.metric} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className={`${cell} text-left font-semibold`}>
                {t(`metric.${status.metric}.name`)}
              </th>
              <td className={cell}>
                <MetricStateBadge state={status.state} />
              </td>
              <td className={cell}>
                {status.dueAt ? formatDateTime(status.dueAt.getTime()) : t('ticket.sla.noDue')}
              </td>
              <td className={cell}>{remainingText(status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
