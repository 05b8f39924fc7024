import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';
import { createTranslate } from './translate';
import { createTranslatePlural } from './translate-plural';

const plural = (locale: 'en' | 'fr') =>
  createTranslatePlural(createTranslate(catalogues[locale]), locale);

describe('createTranslatePlural', () => {
  it('uses "one" for 1 only in English', () => {
    const tPlural = plural('en');
    expect(tPlural('data.csv.import', 0)).toBe('Import 0 tickets');
    expect(tPlural('data.csv.import', 1)).toBe('Import 1 ticket');
    expect(tPlural('data.csv.import', 2)).toBe('Import 2 tickets');
  });

  it('uses "one" for 0 and 1 in French', () => {
    const tPlural = plural('fr');
    expect(tPlural('data.csv.imported', 0)).toBe('0 ticket importé');
    expect(tPlural('data.csv.imported', 1)).toBe('1 ticket importé');
    expect(tPlural('data.csv.imported', 2)).toBe('2 tickets importés');
  });

  it('formats the count for the locale and fills other params', () => {
    expect(plural('en')('data.count.tickets', 10_000)).toBe('10,000 tickets');
    expect(plural('fr')('data.count.tickets', 10_000)).toMatch(/^10\s000 tickets$/);
    expect(plural('en')('data.csv.preview', 1, { count: 'ignored' })).toBe(
      'Preview of the first row',
    );
  });

  it('has both forms of every plural key, with {count} in the "other" form', () => {
    for (const messages of Object.values(catalogues)) {
      for (const key of Object.keys(messages)) {
        if (!key.endsWith('.one')) continue;
        const base = key.slice(0, -'.one'.length);
        expect(Object.keys(messages), base).toContain(`${base}.other`);
        if (base.startsWith('data.')) {
          expect(messages[`${base}.other` as keyof typeof messages]).toContain('{count}');
        }
      }
    }
  });
});
