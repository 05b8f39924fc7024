import { useMemo, type ReactNode } from 'react';
import { catalogues } from './catalogues';
import { I18nContext, type I18nValue } from './i18n-context';
import type { Locale } from './locale';
import { createTranslate } from './translate';
import { createTranslatePlural } from './translate-plural';

interface I18nProviderProps {
  locale: Locale;
  children: ReactNode;
}

/** Supplies `t` and the locale for `locale`; the caller decides where the locale comes from. */
export function I18nProvider({ locale, children }: I18nProviderProps) {
  const value = useMemo<I18nValue>(() => {
    const t = createTranslate(catalogues[locale]);
    return { locale, t, tPlural: createTranslatePlural(t, locale) };
  }, [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
