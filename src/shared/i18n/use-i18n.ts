import { useContext } from 'react';
import { I18nContext, type I18nValue } from './i18n-context';

/** `t(key, params)` and the current locale; throws outside an I18nProvider (a wiring bug). */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n must be used inside an I18nProvider.');
  return value;
}
