import type { MetricState } from '../../sla';
import { useI18n } from '../i18n/use-i18n';
import { MetricStateIcon } from './metric-state-icon';

const STYLES: Record<MetricState, string> = {
  running: 'text-slate-800 dark:text-slate-200',
  'at-risk':
    'border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  paused: 'text-slate-600 dark:text-slate-400',
  met: 'text-emerald-800 dark:text-emerald-300',
  breached:
    'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
  none: 'text-slate-500 dark:text-slate-400',
};

/** A metric's state as an icon and a word (colour only reinforces it). */
export function MetricStateBadge({ state, label }: { state: MetricState; label?: string }) {
  const { t } = useI18n();
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border border-transparent px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLES[state]}`}
    >
      <MetricStateIcon state={state} className="size-3.5 shrink-0" />
      {label ?? t(`metricState.${state}`)}
    </span>
  );
}
