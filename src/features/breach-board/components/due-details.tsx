import { memo } from 'react';
import type { ClockKind, PromiseKind } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { useDueFormat } from '../model/use-due-format';

interface DueDetailsProps {
  id: string;
  dueMs: number | undefined;
  clock: ClockKind | null;
  promise: PromiseKind;
  timeZone: string | undefined;
  regionName: string;
  /** A paused metric has no due instant yet: it gets one when the clock resumes. */
  isPaused: boolean;
  /** Hidden with Escape, even under the pointer or focus. */
  isDismissed: boolean;
}

/** The tooltip of a metric cell: the due instant in both times, the clock and the promise. */
export const DueDetails = memo(function DueDetails({
  id,
  dueMs,
  clock,
  promise,
  timeZone,
  regionName,
  isPaused,
  isDismissed,
}: DueDetailsProps) {
  const { t } = useI18n();
  const formatDue = useDueFormat();
  return (
    <div
      id={id}
      role="tooltip"
      className={`invisible absolute top-full left-0 z-20 mt-1 w-64 rounded-md border border-slate-300 bg-white p-2 text-xs text-slate-800 shadow-lg dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 ${isDismissed ? '' : 'group-focus-within:visible group-hover:visible'}`}
    >
      {isPaused ? (
        <p>{t('board.due.paused')}</p>
      ) : dueMs === undefined ? (
        <p>{t('board.due.none')}</p>
      ) : (
        <>
          <p>{t('board.due.viewer', { time: formatDue(dueMs) })}</p>
          {timeZone ? (
            <p>{t('board.due.region', { time: formatDue(dueMs, timeZone), region: regionName })}</p>
          ) : null}
        </>
      )}
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        {t('board.due.promise', {
          clock: clock ? t(`clock.${clock}`) : t('metricState.none'),
          promise: t(`promise.${promise}.short`),
        })}
      </p>
    </div>
  );
});
