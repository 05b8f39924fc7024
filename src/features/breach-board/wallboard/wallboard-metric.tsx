import type { MetricState } from '../../../sla';
import { formatCountdown, formatFrozenRemaining } from '../../../shared/format/format-countdown';
import type { Translate } from '../../../shared/i18n/translate';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { MetricStateIcon } from '../../../shared/ui/metric-state-icon';
import type { BoardMetric } from '../model/board-ticket';
import { liveMetric } from '../model/live-metric';

/** Colours on the always-dark wallboard; the icon and the word carry the state too. */
const TONE: Record<MetricState, string> = {
  breached: 'border-red-400 bg-red-950 text-red-100',
  'at-risk': 'border-amber-300 bg-amber-950 text-amber-100',
  running: 'border-slate-600 text-slate-100',
  paused: 'border-slate-700 text-slate-300',
  met: 'border-emerald-700 text-emerald-200',
  none: 'border-slate-800 text-slate-400',
};

/** One metric on the wallboard: its name, a large live countdown, and its state as icon + word. */
export function WallboardMetric({ item, nowMs }: { item: BoardMetric; nowMs: number }) {
  const { t: translate, locale } = useI18n();
  // The state beside it already says "breached": the countdown keeps only "12 min ago", short
  // enough to read whole from across the room.
  const t: Translate = (key, params) =>
    translate(key === 'countdown.breachedAgo' ? 'wallboard.overdue' : key, params);
  const live = liveMetric(item.forecast, nowMs);
  const countdown =
    live.frozenRemainingMs !== undefined
      ? formatFrozenRemaining(live.frozenRemainingMs, t, locale)
      : live.wallRemainingMs !== undefined
        ? formatCountdown(live.wallRemainingMs, t, locale)
        : '—';
  const state = (
    <>
      <MetricStateIcon state={live.state} className="size-4 shrink-0 lg:size-5 2xl:size-7" />
      <span className="truncate">{t(`metricState.${live.state}`)}</span>
    </>
  );
  return (
    <div
      className={`flex min-w-0 flex-col justify-center gap-0.5 rounded-lg border-2 px-1.5 py-1 sm:px-2 lg:px-3 ${TONE[live.state]}`}
    >
      <span className="flex min-w-0 items-center justify-between gap-x-2">
        <span className="truncate text-xs font-semibold text-slate-300 sm:text-sm 2xl:text-lg">
          {t(`metric.${item.metric}.name`)}
        </span>
        <span className="hidden min-w-0 shrink-0 items-center gap-1.5 text-base font-semibold lg:flex 2xl:text-2xl">
          {state}
        </span>
      </span>
      <span className="line-clamp-2 text-sm font-bold break-words tabular-nums sm:line-clamp-1 sm:text-xl lg:text-2xl 2xl:text-4xl">
        {countdown}
      </span>
      <span className="flex min-w-0 items-center gap-1 text-xs font-semibold sm:text-base lg:hidden">
        {state}
      </span>
    </div>
  );
}
