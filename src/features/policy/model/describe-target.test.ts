import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../sla';
import { messagesEn } from '../../../shared/i18n/messages-en';
import { messagesFr } from '../../../shared/i18n/messages-fr';
import { createTranslate } from '../../../shared/i18n/translate';
import { describeTarget } from './describe-target';

const en = { t: createTranslate(messagesEn), locale: 'en' as const, isBusinessDaysOnly: false };
const fr = { t: createTranslate(messagesFr), locale: 'fr' as const, isBusinessDaysOnly: false };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const premier = defaultPolicy.tiers.premier.targets;
const standard = defaultPolicy.tiers.standard.targets;

describe('describeTarget', () => {
  it('gives Premier P1 first response as 1 hour on the 24×7 clock', () => {
    expect(describeTarget(premier.P1['first-response'], 'first-response', en)).toEqual({
      headline: '1 hour',
      clock: '24x7',
      details: [],
    });
    expect(plain(describeTarget(premier.P1['first-response'], 'first-response', fr).headline)).toBe(
      '1 heure',
    );
  });

  it('says when there is no target, and that the priority waits for business days', () => {
    const text = describeTarget(standard.P3['first-response'], 'first-response', {
      ...en,
      isBusinessDaysOnly: true,
    });
    expect(text).toEqual({
      headline: 'No first-response target',
      details: ['Handled on business days'],
    });
  });

  it('gives next business day on the business clock', () => {
    const text = describeTarget(premier.P3['first-response'], 'first-response', en);
    expect(text.headline).toBe('Next business day');
    expect(text.clock).toBe('business');
  });

  it('reads Premier P1 updates as every hour, or as agreed', () => {
    const text = describeTarget(premier.P1.update, 'update', en);
    expect(text.headline).toBe('Every hour, or as agreed');
    expect(describeTarget(premier.P1.update, 'update', fr).headline).toBe(
      'Toutes les heures, ou selon accord',
    );
  });

  it('notes that P3 update due times snap to open hours', () => {
    const text = describeTarget(premier.P3.update, 'update', en);
    expect(text.headline).toBe('Twice a week');
    expect(text.details).toContain('A due time outside open hours moves to the next opening');
    expect(text.details).toContain('At most 84 hours apart');
  });
});
