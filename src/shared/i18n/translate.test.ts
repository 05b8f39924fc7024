import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages-en';
import { messagesFr } from './messages-fr';
import { createTranslate } from './translate';
import { pickLocale } from './locale';

describe('createTranslate', () => {
  it('returns the message of a key', () => {
    expect(createTranslate(messagesEn)('nav.policy')).toBe('Policy');
    expect(createTranslate(messagesFr)('nav.policy')).toBe('Politique');
  });

  it('fills every placeholder, repeated ones included', () => {
    const t = createTranslate({ ...messagesEn, 'policy.activePolicy': '{name} / {name}' });
    expect(t('policy.activePolicy', { name: 'Gold' })).toBe('Gold / Gold');
  });

  it('leaves a placeholder visible when its value is missing', () => {
    expect(createTranslate(messagesEn)('policy.activePolicy', {})).toBe('Active policy: {name}');
  });
});

describe('catalogues', () => {
  it('have the same keys in English and French', () => {
    expect(Object.keys(messagesFr).sort()).toEqual(Object.keys(messagesEn).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(messagesEn) as (keyof typeof messagesEn)[]) {
      expect(placeholders(messagesFr[key]), key).toEqual(placeholders(messagesEn[key]));
    }
  });

  it('have no empty message', () => {
    for (const text of [...Object.values(messagesEn), ...Object.values(messagesFr)]) {
      expect(text.trim()).not.toBe('');
    }
  });
});

describe('pickLocale', () => {
  it('picks French for any French regional tag', () => {
    expect(pickLocale(['fr-CA', 'en'])).toBe('fr');
  });

  it('takes the first supported language in order of preference', () => {
    expect(pickLocale(['de-DE', 'en-GB', 'fr'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(pickLocale(['ja'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
