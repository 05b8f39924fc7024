import type { MetricExplanation, RegionCalendar } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { focusRing } from '../components/board-classes';
import { formatLedgerDuration } from './format-ledger-duration';
import { LedgerSwatch } from './ledger-swatch';
import { useLedgerText } from './use-ledger-text';
import { regionName } from '../../../shared/format/region-name';

interface DueLedgerProps {
  explanation: MetricExplanation;
  calendar: RegionCalendar | undefined;
}

/** The rule behind a target, in words: which priority, how long, on which clock, from when. */
function useTargetText(explanation: MetricExplanation): string[] {
  const { t, locale } = useI18n();
  const { target, targetMs, priority, clock, cause, priorityChange } = explanation;
  const duration = formatLedgerDuration(targetMs ?? 0, t, locale);
  const clockName = t(`panel.why.clock.${clock}`);
  const lines: string[] = [];
  if (target.kind === 'next-business-day') {
    lines.push(t('panel.why.target.nextBusinessDay', { priority, duration }));
  } else if (target.kind === 'cadence') {
    lines.push(t('panel.why.target.cadence', { priority, duration, clock: clockName }));
  } else {
    lines.push(t('panel.why.target.duration', { priority, duration, clock: clockName }));
  }
  if (cause === 'priority-change')
    lines.push(t(`panel.why.cause.${priorityChange ?? 'from-change'}`));
  else if (cause) lines.push(t(`panel.why.cause.${cause}`));
  return lines;
}

/**
 * "Why this due time": a disclosure with the ledger `explainTicket` returned, stretch by stretch
 * (when, how long, counted or not, and the rule), and the counted total next to the target.
 */
export function DueLedger({ explanation, calendar }: DueLedgerProps) {
  const { t, locale } = useI18n();
  const text = useLedgerText(calendar, explanation.clock);
  const targetLines = useTargetText(explanation);
  const metric = t(`metric.${explanation.metric}.name`);
  const countedMs = explanation.ledger
    .filter((entry) => entry.kind === 'counted')
    .reduce((sum, entry) => sum + entry.ms, 0);
  return (
    <details className="group mt-2 rounded-md border border-slate-300 dark:border-slate-700">
      <summary
        className={`cursor-pointer rounded-md px-3 py-1.5 text-sm font-semibold text-indigo-800 hover:bg-slate-100 dark:text-indigo-200 dark:hover:bg-slate-800 ${focusRing}`}
      >
        {t('panel.why')}
        <span className="sr-only"> ({metric})</span>
      </summary>
      <div className="border-t border-slate-300 px-3 py-2 text-sm dark:border-slate-700">
        {targetLines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <ol
          aria-label={t('panel.ledger.label', { metric })}
          className="mt-2 divide-y divide-slate-200 dark:divide-slate-800"
        >
          {explanation.ledger.map((entry) => {
            const regionRange = text.regionRange(entry);
            const isCounted = entry.kind === 'counted';
            return (
              <li key={entry.from.getTime()} className="flex gap-2 py-1.5">
                <LedgerSwatch kind={entry.kind} className="mt-1 size-3.5 shrink-0" />
                <div className="min-w-0">
                  <p>
                    <span className="font-semibold">
                      {isCounted ? t('panel.ledger.counted') : t('panel.ledger.notCounted')}
                    </span>{' '}
                    · {formatLedgerDuration(entry.ms, t, locale)}
                  </p>
                  <p className="text-slate-700 dark:text-slate-300">{text.rule(entry)}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">{text.range(entry)}</p>
                  {regionRange === undefined ? null : (
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      {t('panel.ledger.regionTime', {
                        region: calendar
                          ? regionName({ calendars: { [calendar.id]: calendar } }, calendar.id, t)
                          : '',
                        range: regionRange,
                      })}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <p className="mt-2 border-t border-slate-300 pt-2 font-semibold dark:border-slate-700">
          {t('panel.ledger.total', {
            total: formatLedgerDuration(countedMs, t, locale),
            target: formatLedgerDuration(explanation.targetMs ?? 0, t, locale),
          })}
        </p>
      </div>
    </details>
  );
}
