import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from './triage-url';

describe('answers in the URL', () => {
  it('round-trips a complete path', () => {
    const answers = {
      environment: 'production',
      'service-down': true,
      workaround: 'none',
    } as const;
    const text = encodeAnswers(answers);
    expect(text).toBe('environment:production,service-down:yes,workaround:none');
    expect(decodeAnswers(text)).toEqual(answers);
  });

  it('keeps "not sure" and "no" answers', () => {
    const text = 'environment:unsure,service-down:no,degraded:unsure';
    expect(decodeAnswers(text)).toEqual({
      environment: 'unsure',
      'service-down': false,
      degraded: 'unsure',
    });
  });

  it('ignores unknown questions and answers, and answers off the path', () => {
    expect(
      decodeAnswers(
        'colour:blue,environment:development-or-beta,service-down:yes,workaround:maybe',
      ),
    ).toEqual({ environment: 'development-or-beta' });
    expect(decodeAnswers('environment:staging')).toEqual({});
  });

  it('reads nothing from an absent or empty parameter', () => {
    expect(decodeAnswers(null)).toEqual({});
    expect(decodeAnswers('')).toEqual({});
  });
});
