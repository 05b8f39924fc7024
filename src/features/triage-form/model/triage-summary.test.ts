import { describe, expect, it } from 'vitest';
import { triage } from '../../../sla';
import { messagesEn } from '../../../shared/i18n/messages-en';
import { messagesFr } from '../../../shared/i18n/messages-fr';
import { createTranslate } from '../../../shared/i18n/translate';
import { triageSummary } from './triage-summary';

describe('triage summary', () => {
  it('states the priority, the phone rule, each answer and each reason', () => {
    const progress = triage({
      environment: 'production',
      'service-down': true,
      workaround: 'none',
    });
    expect(triageSummary(progress, createTranslate(messagesEn))).toBe(
      [
        'Triage summary',
        'Recommended priority: P1 (Urgent)',
        'P1: to be reported by phone.',
        '',
        'Answers:',
        '- Where does the problem happen? Production',
        '- Is the service down, unavailable or badly degraded, or is there critical business impact? Yes',
        '- Is there a way to keep working in the meantime? No, none',
        '',
        'Why:',
        '- The service is down, unavailable or badly degraded, or the business impact is critical.',
        '- There is no way to keep working in the meantime.',
      ].join('\n'),
    );
  });

  it('is written in the current language', () => {
    const progress = triage({ environment: 'development-or-beta' });
    const text = triageSummary(progress, createTranslate(messagesFr));
    expect(text).toContain('Priorité recommandée\u00a0: P4 (Faible)');
    expect(text).toContain('- Où le problème se produit-il\u00a0? Développement ou bêta');
    expect(text).not.toContain('téléphone');
  });

  it('is empty while questions remain', () => {
    expect(triageSummary(triage({ environment: 'production' }), createTranslate(messagesEn))).toBe(
      '',
    );
  });
});
