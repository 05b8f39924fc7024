import { useMemo } from 'react';
import { useI18n } from '../../shared/i18n/use-i18n';

/** Formats epoch ms as a date and time in the viewer's zone and language (one formatter). */
export function useDateTimeFormat(): (ms: number) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (ms: number) => format.format(ms);
  }, [locale]);
}
