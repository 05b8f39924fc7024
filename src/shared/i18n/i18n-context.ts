import { createContext } from 'react';
import type { Locale } from './locale';
import type { Translate } from './translate';

export interface I18nValue {
  locale: Locale;
  t: Translate;
}

/** The UI language of the current subtree; `null` outside an I18nProvider. */
export const I18nContext = createContext<I18nValue | null>(null);
