import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../sla';
import { messagesEn } from '../i18n/messages-en';
import { messagesFr } from '../i18n/messages-fr';
import { createTranslate } from '../i18n/translate';
import { regionName } from './region-name';

const en = createTranslate(messagesEn);
const fr = createTranslate(messagesFr);

describe('regionName', () => {
  it('translates the built-in regions', () => {
    expect(regionName(defaultPolicy, 'amer', fr)).toBe('Amériques');
    expect(regionName(defaultPolicy, 'apac', fr)).toBe('Asie-Pacifique');
    expect(regionName(defaultPolicy, 'emea', en)).toBe('Europe, Middle East, Africa');
  });

  it('keeps the name a custom policy gives, and an unknown id as it is', () => {
    const emea = defaultPolicy.calendars.emea;
    if (!emea) throw new Error('no emea');
    const custom = { calendars: { ...defaultPolicy.calendars, emea: { ...emea, name: 'Europe' } } };
    expect(regionName(custom, 'emea', fr)).toBe('Europe');
    expect(regionName(defaultPolicy, 'mars', fr)).toBe('mars');
  });
});
