import { createContext } from 'react';
import type { Locale } from './locale';
import type { Translate } from './translate';
import type { TranslatePlural } from './translate-plural';

export interface I18nValue {
  locale: Locale;
  t: Translate;
  /** A count in words, e.g. `tPlural('data.csv.import', 1)` → "Import 1 ticket". */
  tPlural: TranslatePlural;
}

/** The UI language of the current subtree; `null` outside an I18nProvider. */
export const I18nContext = createContext<I18nValue | null>(null);
