import type { MetricStatus } from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';
import { useRemainingText } from './use-remaining-text';
import { MetricStateBadge } from '../../shared/ui/metric-state-badge';

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
  const due = (status: MetricStatus) =>
    status.dueAt ? formatDateTime(status.dueAt.getTime()) : t('ticket.sla.noDue');
  return (
    <>
      {/* Phones: one block per metric, nothing to scroll sideways. */}
      <div className="sm:hidden">
        <p className="pb-2 text-sm text-slate-600 dark:text-slate-400">
          {t('ticket.sla.caption', { time: formatDateTime(nowMs) })}
        </p>
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {metrics.map((status) => (
            <li key={status.metric} className="py-2 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold">{t(`metric.${status.metric}.name`)}</span>
                <MetricStateBadge state={status.state} />
              </div>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-slate-700 dark:text-slate-300">
                <dt>{t('ticket.sla.due')}</dt>
                <dd>{due(status)}</dd>
                <dt>{t('ticket.sla.remaining')}</dt>
                <dd>{remainingText(status)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </div>
      <div className="hidden overflow-x-auto sm:block">
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
                <td className={cell}>{due(status)}</td>
                <td className={cell}>{remainingText(status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
