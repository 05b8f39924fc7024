import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';
import { dataErrorText } from './data-error-text';
import { createTranslate } from './translate';

const KINDS = ['unavailable', 'quota', 'blocked', 'version', 'aborted', 'unknown'] as const;

describe('dataErrorText', () => {
  it('words every storage failure in English and French', () => {
    for (const locale of ['en', 'fr'] as const) {
      const t = createTranslate(catalogues[locale]);
      const texts = KINDS.map((storage) => dataErrorText(t, { kind: 'storage', storage }));
      expect(new Set(texts).size).toBe(KINDS.length);
      for (const text of texts) expect(text).not.toMatch(/\{|dataProblem/);
    }
    const fr = createTranslate(catalogues.fr);
    expect(dataErrorText(fr, { kind: 'storage', storage: 'quota' })).toMatch(/plein/);
    expect(dataErrorText(fr, { kind: 'missing', entity: 'ticket', id: 'T-1' })).toBe(
      'Le ticket T-1 n’existe plus (supprimé dans un autre onglet\u00a0?).',
    );
  });
});
