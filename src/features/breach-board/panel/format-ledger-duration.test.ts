import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../shared/i18n/translate';
import { messagesEn } from '../../../shared/i18n/messages-en';
import { messagesFr } from '../../../shared/i18n/messages-fr';
import { formatLedgerDuration } from './format-ledger-duration';

const en = createTranslate(messagesEn);
const fr = createTranslate(messagesFr);
const MIN = 60_000;
/** The units are joined to their numbers by no-break spaces in both languages. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatLedgerDuration', () => {
  it('writes every unit it needs, so stretches visibly add up', () => {
    expect(plain(formatLedgerDuration(2 * 1440 * MIN + 195 * MIN, en, 'en'))).toBe(
      '2 d 3 h 15 min',
    );
    expect(plain(formatLedgerDuration(60 * MIN + 30_000, en, 'en'))).toBe('1 h 30 s');
    expect(formatLedgerDuration(45 * MIN, fr, 'fr')).toBe('45\u00a0min');
  });

  it('writes zero as minutes and drops parts of a second', () => {
    expect(plain(formatLedgerDuration(0, en, 'en'))).toBe('0 min');
    expect(plain(formatLedgerDuration(999, en, 'en'))).toBe('0 min');
  });
});
