import { memo, useId, useState } from 'react';
import type { MetricState } from '../../../sla';
import { formatCountdown, formatFrozenRemaining } from '../../../shared/format/format-countdown';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { MetricStateBadge } from '../../../shared/ui/metric-state-badge';
import type { BoardMetric } from '../model/board-ticket';
import { dueInstantMs, liveMetric } from '../model/live-metric';
import { focusRing } from './board-classes';
import { useOpenTicketPanel } from '../panel/ticket-panel-context';
import { DueDetails } from './due-details';

interface MetricCellProps {
  ticketId: string;
  item: BoardMetric;
  nowMs: number;
  timeZone: string | undefined;
  regionName: string;
}

const COUNTDOWN_STYLE: Partial<Record<MetricState, string>> = {
  breached: 'text-red-800 dark:text-red-300',
  'at-risk': 'text-amber-900 dark:text-amber-200',
  paused: 'text-slate-600 dark:text-slate-400',
};

/**
 * One metric of a row: its live countdown and its state (icon and word; colour only reinforces
 * them). Focus or hover shows when it is due, in the viewer's and the region's time.
 */
export const MetricCell = memo(function MetricCell({
  ticketId,
  item,
  nowMs,
  timeZone,
  regionName,
}: MetricCellProps) {
  const { t, locale } = useI18n();
  const tipId = useId();
  const openPanel = useOpenTicketPanel();
  // Escape hides the details until the pointer or focus leaves (WCAG 1.4.13: dismissable).
  const [isDismissed, setDismissed] = useState(false);
  const live = liveMetric(item.forecast, nowMs);
  const countdown =
    live.frozenRemainingMs !== undefined
      ? formatFrozenRemaining(live.frozenRemainingMs, t, locale)
      : live.wallRemainingMs !== undefined
        ? formatCountdown(live.wallRemainingMs, t, locale)
        : null;
  return (
    <div
      className="group relative"
      onMouseLeave={() => {
        setDismissed(false);
      }}
    >
      <button
        type="button"
        aria-describedby={tipId}
        // A still name: the countdown is not read out every second to someone focused here.
        aria-label={t('board.metric.label', {
          metric: t(`metric.${item.metric}.name`),
          state: t(`metricState.${live.state}`),
          id: ticketId,
        })}
        aria-haspopup={openPanel ? 'dialog' : undefined}
        onClick={(event) => {
          openPanel?.(ticketId, event.currentTarget);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDismissed(true);
        }}
        onBlur={() => {
          setDismissed(false);
        }}
        className={`flex w-full flex-col items-start gap-0.5 rounded-md px-1.5 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
      >
        <span className="text-xs font-semibold text-slate-600 dark:text-slate-400">
          {t(`metric.${item.metric}.name`)}
        </span>
        <span
          className={`font-mono text-sm font-semibold tabular-nums ${COUNTDOWN_STYLE[live.state] ?? ''}`}
        >
          {countdown ?? '—'}
        </span>
        <MetricStateBadge state={live.state} />
      </button>
      <DueDetails
        id={tipId}
        dueMs={live.state === 'paused' ? undefined : dueInstantMs(item.forecast)}
        isPaused={live.state === 'paused'}
        clock={item.clock}
        promise={item.promise}
        timeZone={timeZone}
        regionName={regionName}
        isDismissed={isDismissed}
      />
    </div>
  );
});
