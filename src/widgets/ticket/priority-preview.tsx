import type { MetricStatus } from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';

interface PriorityPreviewProps {
  caption: string;
  current: readonly MetricStatus[];
  next: readonly MetricStatus[];
  formatDateTime: (ms: number) => string;
}

/** Each metric's due instant now and after the candidate priority change. */
export function PriorityPreview({ caption, current, next, formatDateTime }: PriorityPreviewProps) {
  const { t } = useI18n();
  const due = (status: MetricStatus | undefined) => {
    if (!status) return t('ticket.sla.noDue');
    if (status.state === 'met' || status.state === 'none') return t(`metricState.${status.state}`);
    return status.dueAt ? formatDateTime(status.dueAt.getTime()) : t('ticket.sla.noDue');
  };
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="pb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="text-left text-xs tracking-wide text-slate-700 uppercase dark:text-slate-300">
            <th scope="col" className="py-1 pr-2">
              {t('ticket.sla.metric')}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t('priorityChange.current')}
            </th>
            <th scope="col" className="py-1">
              {t('priorityChange.next')}
            </th>
          </tr>
        </thead>
        <tbody>
          {current.map((status, index) => {
            const before = due(status);
            const after = due(next[index]);
            return (
              <tr key={status.metric} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {t(`metric.${status.metric}.name`)}
                </th>
                <td className="py-1 pr-2">{before}</td>
                <td className={`py-1 ${before === after ? '' : 'font-semibold'}`}>{after}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
