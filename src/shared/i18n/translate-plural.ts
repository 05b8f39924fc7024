import type { Locale } from './locale';
import type { MessageKey } from './messages-en';
import type { MessageParams, Translate } from './translate';

/** The keys `x` for which the catalogue has both `x.one` and `x.other`. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** A count in words: the `one` or `other` form of `key`, with `{count}` filled in. */
export type TranslatePlural = (key: PluralKey, count: number, params?: MessageParams) => string;

/**
 * Builds `tPlural` for a locale: `Intl.PluralRules` picks the form (English "one" is 1 only;
 * French "one" covers 0 and 1), and `{count}` is the count formatted for the locale. Only the
 * `one` and `other` forms are kept in the catalogues: English and French need no others.
 *
 * @example
 * tPlural('data.csv.import', 1) // 'Import 1 ticket'; in French 'Importer 0 ticket' for 0
 */
export function createTranslatePlural(t: Translate, locale: Locale): TranslatePlural {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, count, params) => {
    const form = rules.select(count) === 'one' ? 'one' : 'other';
    return t(`${key}.${form}`, { ...params, count: number.format(count) });
  };
}
