import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../sla';
import { createTranslate } from '../../../shared/i18n/translate';
import { messagesEn } from '../../../shared/i18n/messages-en';
import { messagesFr } from '../../../shared/i18n/messages-fr';
import { expectationsFor } from './expectations';

const t = createTranslate(messagesEn);

describe('what to expect', () => {
  it('P1 on an SLA plan: first response is the credited commitment, the rest objectives', () => {
    expect(expectationsFor(defaultPolicy, 'premier-elite', 'P1', t, 'en')).toEqual([
      { metric: 'first-response', text: 'within 1 hour', promise: 'sla', clock: '24x7' },
      { metric: 'restoration', text: 'within 4 hours', promise: 'slo', clock: '24x7' },
      { metric: 'update', text: 'Every hour, or as agreed', promise: 'slo', clock: '24x7' },
    ]);
  });

  it('P3 on Standard: no first-response target, handled on business days', () => {
    const [firstResponse, restoration, update] = expectationsFor(
      defaultPolicy,
      'standard',
      'P3',
      t,
      'en',
    );
    expect(firstResponse).toEqual({
      metric: 'first-response',
      text: 'no target: handled on business days',
    });
    expect(restoration?.promise).toBeUndefined();
    expect(update).toMatchObject({ text: 'Once a week', promise: 'target', clock: 'business' });
  });

  it('next business day on Premier P4, in French', () => {
    const [firstResponse] = expectationsFor(
      defaultPolicy,
      'premier',
      'P4',
      createTranslate(messagesFr),
      'fr',
    );
    expect(firstResponse).toEqual({
      metric: 'first-response',
      text: 'avant la fin du jour ouvré suivant',
      promise: 'slo',
      clock: 'business',
    });
  });
});
