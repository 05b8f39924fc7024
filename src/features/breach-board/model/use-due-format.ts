import { useMemo } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n';

/** Formats a due instant in the viewer's zone, or in `timeZone`; one formatter per zone. */
export function useDueFormat(): (ms: number, timeZone?: string) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    const formatIn = (timeZone: string | undefined) => {
      const key = timeZone ?? '';
      let format = formats.get(key);
      if (!format) {
        format = new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone,
        });
        formats.set(key, format);
      }
      return format;
    };
    return (ms: number, timeZone?: string) => formatIn(timeZone).format(ms);
  }, [locale]);
}
