import type { MetricExplanation, MetricState } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { useDueFormat } from '../model/use-due-format';
import { formatLedgerDuration } from './format-ledger-duration';
import { BarLegend } from './bar-legend';
import { BAR_STYLE, DUE_MARK, MET_MARK } from './bar-style';
import { metricBarModel } from './metric-bar-model';

const MINUTE_MS = 60_000;

interface MetricBarProps {
  explanation: MetricExplanation;
  state: MetricState;
  nowMs: number;
}

/**
 * A metric's time from its target's start to its due instant: the ledger's stretches as
 * patterns (counted, closed, paused), the elapsed part below, past the due instant an overdue
 * part. Words under it and in its accessible name say the same.
 */
export function MetricBar({ explanation, state, nowMs }: MetricBarProps) {
  const { t, locale } = useI18n();
  const formatDue = useDueFormat();
  const metAtMs = explanation.status.metAt?.getTime();
  const model = metricBarModel(explanation.ledger, metAtMs ?? nowMs);
  if (!model) return null;
  const pausedMs = explanation.ledger
    .filter((entry) => entry.kind === 'paused')
    .reduce((sum, entry) => sum + entry.ms, 0);
  const markerMs = metAtMs ?? nowMs;
  const start = t('panel.bar.start', { time: formatDue(model.startMs) });
  const due = t(state === 'paused' ? 'panel.bar.dueIfResumed' : 'panel.bar.due', {
    time: formatDue(model.dueMs),
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const share = percent.format(Math.min(1, model.elapsedShare));
  const summary = [
    markerMs > model.dueMs
      ? t('panel.bar.summaryOverdue', {
          duration: formatLedgerDuration(
            Math.floor((markerMs - model.dueMs) / MINUTE_MS) * MINUTE_MS,
            t,
            locale,
          ),
        })
      : metAtMs === undefined
        ? t('panel.bar.summary', { percent: share })
        : t('panel.bar.summaryMet', { percent: share }),
    metAtMs === undefined ? '' : t('panel.bar.met', { time: formatDue(metAtMs) }),
    pausedMs > 0
      ? t('panel.bar.pausedFor', { duration: formatLedgerDuration(pausedMs, t, locale) })
      : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  const metric = t(`metric.${explanation.metric}.name`);
  return (
    <div className="mt-2">
      <div
        role="img"
        aria-label={t('panel.bar.imageLabel', { metric, start, due, summary })}
        className="relative overflow-hidden rounded border border-slate-500"
      >
        <div className="relative h-4">
          {model.pieces.map((piece) => (
            <span
              key={`${piece.kind}-${String(piece.startPct)}`}
              className={`absolute inset-y-0 ${BAR_STYLE[piece.kind].className}`}
              style={{
                ...BAR_STYLE[piece.kind].style,
                left: `${String(piece.startPct)}%`,
                width: `${String(piece.widthPct)}%`,
              }}
            />
          ))}
        </div>
        <div className="relative h-2 border-t border-slate-500 bg-slate-100 dark:bg-slate-800">
          <span
            className={`absolute inset-y-0 left-0 ${BAR_STYLE.elapsed.className}`}
            style={{ width: `${String(model.elapsedPct)}%` }}
          />
        </div>
        <span
          className={`absolute inset-y-0 w-0.5 ${DUE_MARK}`}
          style={{ left: `calc(${String(model.duePct)}% - 1px)` }}
        />
        {metAtMs === undefined ? null : (
          <span
            className={`absolute inset-y-0 w-1.5 border-x border-white dark:border-slate-950 ${MET_MARK}`}
            style={{ left: `calc(${String(model.elapsedPct)}% - 3px)` }}
          />
        )}
      </div>
      <div className="mt-1 flex flex-wrap justify-between gap-x-3 text-xs text-slate-700 dark:text-slate-300">
        <span>{start}</span>
        <span className="font-semibold">{due}</span>
      </div>
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{summary}</p>
      <BarLegend kinds={model.pieces.map((piece) => piece.kind)} isMet={metAtMs !== undefined} />
    </div>
  );
}
