import { useMemo } from 'react';
import type { ClockKind, LedgerEntry, RegionCalendar } from '../../../sla';
import { formatLocalDate } from '../../../shared/format/format-local-date';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { describeOpenHours } from './describe-open-hours';

export interface LedgerText {
  /** The policy rule behind a stretch, in words. */
  rule: (entry: LedgerEntry) => string;
  /** From–to in the viewer's time. */
  range: (entry: LedgerEntry) => string;
  /** From–to in the region's time, or undefined when it reads the same as the viewer's. */
  regionRange: (entry: LedgerEntry) => string | undefined;
}

/** Words for the stretches of a ledger: only formatting of what `explainTicket` returned. */
export function useLedgerText(calendar: RegionCalendar | undefined, clock: ClockKind): LedgerText {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const viewer = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const region = calendar
      ? new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: calendar.timeZone,
        })
      : undefined;
    const hours = calendar ? describeOpenHours(calendar.week, locale) : '';
    const zone = calendar?.timeZone ?? '';
    const date = (entry: LedgerEntry) => formatLocalDate(entry.localDate ?? '', locale);
    const rule = (entry: LedgerEntry): string => {
      switch (entry.kind) {
        case 'counted':
          return clock === 'business'
            ? t('panel.ledger.rule.counted.business', { hours, zone })
            : t('panel.ledger.rule.counted.24x7');
        case 'paused':
          return t('panel.ledger.rule.paused');
        case 'closed-hours':
          return t('panel.ledger.rule.closed-hours', { hours, zone });
        case 'closed-day':
          return entry.weekday === 0 || entry.weekday === 6
            ? t('panel.ledger.rule.weekend', { date: date(entry) })
            : t('panel.ledger.rule.closed-day', { date: date(entry) });
        case 'holiday':
          return t('panel.ledger.rule.holiday', { date: date(entry) });
        case 'moved-to-opening':
          return t('panel.ledger.rule.moved-to-opening');
      }
    };
    const range = (entry: LedgerEntry) => viewer.formatRange(entry.from, entry.to);
    const regionRange = (entry: LedgerEntry) => {
      if (!region) return undefined;
      const text = region.formatRange(entry.from, entry.to);
      return text === range(entry) ? undefined : text;
    };
    return { rule, range, regionRange };
  }, [t, locale, calendar, clock]);
}
