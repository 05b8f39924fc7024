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
  const rows = current.map((status, index) => {
    const before = due(status);
    const after = due(next[index]);
    return { metric: status.metric, before, after, changes: before !== after };
  });
  return (
    <>
      {/* Phones: one block per metric, nothing to scroll sideways. */}
      <div className="mt-3 sm:hidden">
        <p className="pb-1 text-sm font-semibold">{caption}</p>
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
          {rows.map((row) => (
            <li key={row.metric} className="py-1.5">
              <p className="font-semibold">{t(`metric.${row.metric}.name`)}</p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3">
                <dt>{t('priorityChange.current')}</dt>
                <dd>{row.before}</dd>
                <dt>{t('priorityChange.next')}</dt>
                <dd className={row.changes ? 'font-semibold' : ''}>{row.after}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </div>
      <div className="mt-3 hidden sm:block">
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
            {rows.map((row) => (
              <tr key={row.metric} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {t(`metric.${row.metric}.name`)}
                </th>
                <td className="py-1 pr-2">{row.before}</td>
                <td className={`py-1 ${row.changes ? 'font-semibold' : ''}`}>{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
