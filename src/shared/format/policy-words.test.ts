import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../sla';
import { messagesEn } from '../i18n/messages-en';
import { messagesFr } from '../i18n/messages-fr';
import { createTranslate } from '../i18n/translate';
import { cadenceText, isWorkedOnBusinessDays } from './policy-words';

const en = { t: createTranslate(messagesEn) };
const fr = { t: createTranslate(messagesFr) };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('cadenceText', () => {
  it('derives every phrase from the minutes', () => {
    expect(cadenceText(24 * 60, en.t, 'en')).toEqual({
      text: 'Daily',
      gap: 'At most 24 hours apart',
    });
    expect(cadenceText(168 * 60, en.t, 'en').text).toBe('Once a week');
    expect(cadenceText(56 * 60, en.t, 'en').text).toBe('3 times a week');
    expect(plain(cadenceText(4 * 60, fr.t, 'fr').text)).toBe('Toutes les 4 heures');
    expect(cadenceText(36 * 60, en.t, 'en')).toEqual({ text: 'Once every 36 hours' });
  });
});

describe('isWorkedOnBusinessDays', () => {
  it('is true for P3 and P4, false for P1 and P2', () => {
    const standard = defaultPolicy.tiers.standard.targets;
    const premier = defaultPolicy.tiers.premier.targets;
    expect(isWorkedOnBusinessDays(standard.P3)).toBe(true);
    expect(isWorkedOnBusinessDays(premier.P4)).toBe(true);
    expect(isWorkedOnBusinessDays(standard.P1)).toBe(false);
    expect(isWorkedOnBusinessDays(premier.P2)).toBe(false);
  });
});
