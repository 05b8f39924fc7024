import { useCallback } from 'react';
import type { MetricStatus } from '../../sla';
import { formatDuration } from '../../shared/format/format-duration';
import { useI18n } from '../../shared/i18n/use-i18n';

const MINUTE_MS = 60_000;

/** What is left of a metric, in words: "3 hours left", "overdue by 5 minutes", "met …". */
export function useRemainingText(formatDateTime: (ms: number) => string) {
  const { t, locale } = useI18n();
  return useCallback(
    (status: MetricStatus): string => {
      if (status.state === 'met' && status.metAt) {
        return t('ticket.sla.metAt', { time: formatDateTime(status.metAt.getTime()) });
      }
      if (status.remainingMs === undefined || status.state === 'none') return t('ticket.sla.noDue');
      const duration = formatDuration(Math.floor(Math.abs(status.remainingMs) / MINUTE_MS), locale);
      if (status.remainingMs < 0) return t('ticket.sla.overdue', { duration });
      const left = t('ticket.sla.left', { duration });
      return status.state === 'paused' ? `${left} (${t('ticket.sla.ifResumed')})` : left;
    },
    [t, locale, formatDateTime],
  );
}
