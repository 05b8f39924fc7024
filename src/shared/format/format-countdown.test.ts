import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages-en';
import { messagesFr } from '../i18n/messages-fr';
import { createTranslate } from '../i18n/translate';
import { formatCountdown, formatFrozenRemaining } from './format-countdown';

/** Catalogue units use no-break spaces; compare as plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const tEn = createTranslate(messagesEn);
const tFr = createTranslate(messagesFr);
const en = (ms: number) => plain(formatCountdown(ms, tEn, 'en'));
const fr = (ms: number) => plain(formatCountdown(ms, tFr, 'fr'));

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('formatCountdown', () => {
  it('shows the two largest units of the time left', () => {
    expect(en(42 * MIN + 10 * S)).toBe('42 min 10 s');
    expect(en(D + 3 * H + 59 * MIN)).toBe('1 d 3 h');
    expect(en(2 * H + 5 * MIN + 7 * S)).toBe('2 h 5 min');
    expect(en(8 * S)).toBe('8 s');
    expect(en(0)).toBe('0 s');
  });

  it('rounds time left up, so "1 s" shows until the due instant', () => {
    expect(en(1)).toBe('1 s');
    expect(en(59 * S + 1)).toBe('1 min 0 s');
  });

  it('says how long ago a breach happened, calmly after the first minute', () => {
    expect(en(-12 * MIN - 40 * S)).toBe('breached 12 min ago');
    expect(en(-5 * S)).toBe('breached 5 s ago');
    expect(en(-2 * D - 4 * H)).toBe('breached 2 d 4 h ago');
  });

  it('writes French units and phrases with French numbers', () => {
    expect(fr(D + 3 * H)).toBe('1 j 3 h');
    expect(fr(42 * MIN + 10 * S)).toBe('42 min 10 s');
    expect(fr(-12 * MIN)).toBe('dépassé depuis 12 min');
    expect(plain(formatCountdown(1234 * D, tFr, 'fr'))).toBe('1 234 j 0 h');
  });

  it('keeps a no-break space between a number and its unit', () => {
    expect(formatCountdown(42 * MIN, tEn, 'en')).toBe('42\u00a0min 0\u00a0s');
  });

  it('shows the frozen time left of a paused metric', () => {
    expect(plain(formatFrozenRemaining(3 * H, tEn, 'en'))).toBe('3 h 0 min left');
    expect(plain(formatFrozenRemaining(3 * H, tFr, 'fr'))).toBe('reste 3 h 0 min');
  });

  it('rejects a time that is not finite', () => {
    expect(() => formatCountdown(Number.NaN, tEn, 'en')).toThrow(RangeError);
  });
});
