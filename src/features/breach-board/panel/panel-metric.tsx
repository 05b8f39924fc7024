import type { MetricExplanation, RegionCalendar } from '../../../sla';
import { formatCountdown, formatFrozenRemaining } from '../../../shared/format/format-countdown';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { MetricStateBadge } from '../../../shared/ui/metric-state-badge';
import type { BoardMetric } from '../model/board-ticket';
import { liveMetric } from '../model/live-metric';
import { DueLedger } from './due-ledger';
import { MetricBar } from './metric-bar';

interface PanelMetricProps {
  item: BoardMetric;
  explanation: MetricExplanation | undefined;
  nowMs: number;
  calendar: RegionCalendar | undefined;
}

/** One metric in the panel: live state and countdown (the row's), its bar and its ledger. */
export function PanelMetric({ item, explanation, nowMs, calendar }: PanelMetricProps) {
  const { t, locale } = useI18n();
  const live = liveMetric(item.forecast, nowMs);
  const countdown =
    live.frozenRemainingMs !== undefined
      ? formatFrozenRemaining(live.frozenRemainingMs, t, locale)
      : live.wallRemainingMs !== undefined
        ? formatCountdown(live.wallRemainingMs, t, locale)
        : null;
  const hasLedger = explanation !== undefined && explanation.ledger.length > 0;
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h4 className="font-semibold">{t(`metric.${item.metric}.name`)}</h4>
        <MetricStateBadge state={live.state} />
        {countdown === null ? null : (
          <span className="font-mono text-sm font-semibold tabular-nums">{countdown}</span>
        )}
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {t(`promise.${item.promise}.short`)}
        </span>
      </div>
      {hasLedger ? (
        <>
          <MetricBar explanation={explanation} state={live.state} nowMs={nowMs} />
          <DueLedger explanation={explanation} calendar={calendar} />
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t('panel.metric.noTarget')}
        </p>
      )}
    </li>
  );
}
