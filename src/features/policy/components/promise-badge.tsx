import type { PromiseKind } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { GaugeIcon, ShieldCheckIcon, TargetIcon } from '../../../shared/ui/icons';

const STYLES: Record<PromiseKind, string> = {
  target:
    'border-slate-400 bg-slate-100 text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100',
  slo: 'border-sky-600 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100',
  sla: 'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100',
};

const ICONS: Record<PromiseKind, typeof TargetIcon> = {
  target: TargetIcon,
  slo: GaugeIcon,
  sla: ShieldCheckIcon,
};

/** The kind of promise of a plan as a labelled chip: an icon and a word, never colour alone. */
export function PromiseBadge({ promise }: { promise: PromiseKind }) {
  const { t } = useI18n();
  const Icon = ICONS[promise];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${STYLES[promise]}`}
    >
      <Icon className="size-3.5" />
      {t(`promise.${promise}.short`)}
    </span>
  );
}
