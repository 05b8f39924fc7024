import type { MetricState } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { MetricStateIcon } from '../../../shared/ui/metric-state-icon';
import type { BoardSummary } from '../model/board-view';

type SummaryKey = keyof BoardSummary;
const KEYS: readonly SummaryKey[] = ['breached', 'at-risk', 'credit', 'paused', 'running'];

/** A count lights up only when it is not zero, so a calm board looks calm from across a room. */
const TONE: Record<SummaryKey, string> = {
  breached: 'border-red-400 bg-red-950 text-red-100',
  'at-risk': 'border-amber-300 bg-amber-950 text-amber-100',
  credit: 'border-red-400 bg-red-950 text-red-100',
  paused: 'border-slate-500 text-slate-100',
  running: 'border-slate-500 text-slate-100',
};
const CALM = 'border-slate-700 text-slate-200';

const ICON: Record<SummaryKey, MetricState> = {
  breached: 'breached',
  'at-risk': 'at-risk',
  credit: 'breached',
  paused: 'paused',
  running: 'running',
};

/** The five counts, large, at the top of the wallboard. */
export function WallboardSummary({ summary }: { summary: BoardSummary }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  return (
    <ul
      aria-label={t('wallboard.summary.label')}
      className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5 lg:gap-4"
    >
      {KEYS.map((key) => (
        <li
          key={key}
          className={`flex min-w-0 items-center gap-2 rounded-xl border-2 px-2 py-1 sm:flex-col sm:items-start sm:gap-0 sm:px-3 sm:py-2 lg:px-4 ${summary[key] > 0 ? TONE[key] : CALM}`}
        >
          <span className="text-2xl leading-none font-bold tabular-nums sm:text-4xl lg:text-6xl 2xl:text-8xl">
            {number.format(summary[key])}
          </span>
          <span className="flex min-w-0 items-center gap-1.5 text-xs font-semibold sm:mt-1 sm:gap-2 sm:text-base lg:text-xl 2xl:text-3xl">
            <MetricStateIcon state={ICON[key]} className="size-4 shrink-0 lg:size-6 2xl:size-8" />
            <span className="min-w-0">{t(`board.summary.${key}`)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
