import { describe, expect, it } from 'vitest';
import type {
  CsvParseProblemCode,
  CsvProblemData,
  CsvProblemParams,
  ImportProblemData,
  ImportProblemParams,
} from '../../../queries/data-transfer';
import type { CalendarIssueCode } from '../../../sla';
import { catalogues } from '../../../shared/i18n/catalogues';
import { LOCALES } from '../../../shared/i18n/locale';
import { createTranslate } from '../../../shared/i18n/translate';
import {
  CSV_PARSE_PROBLEM_KEYS,
  csvParseProblemText,
  csvProblemText,
  importProblemText,
} from './import-problem-text';

// Mapped types: a new code without a sample here fails to compile.
const JSON_SAMPLES: { [C in keyof ImportProblemParams]: ImportProblemParams[C] } = {
  'not-json': {},
  'not-an-export': {},
  'wrong-format': { found: 'csv' },
  missing: {},
  'bad-version': { found: 'one' },
  'newer-version': { version: 2, supported: 1 },
  'unsupported-version': { version: 0, supported: 1 },
  'wrong-type': { expected: 'text', found: 'integer' },
  'wrong-value': { expected: '1', found: '3' },
  'unknown-tier': { value: 'Gold', known: ['standard', 'premier'] },
  'unknown-priority': { value: 'P9', known: ['P1', 'P2', 'P3', 'P4'] },
  'unknown-value': { value: 'escalated', known: ['reply', 'note'] },
  'bad-instant': { value: 'yesterday' },
  'bad-text-format': { value: 'x' },
  'no-matching-shape': {},
  'empty-text': {},
  'too-small': { minimum: 0 },
  'not-above': { minimum: 0 },
  'too-short': { minimum: 2 },
  'too-big': { maximum: 1 },
  'too-long': { maximum: 40 },
  'not-multiple': { divisor: 5 },
  'unknown-key': { value: 'gold' },
  'unknown-fields': { fields: ['colour'] },
  invalid: {},
  'duplicate-id': { id: 'T-2', firstAt: 'tickets[1]' },
  'reserved-policy-id': { id: 'default' },
  'unknown-policy': { id: 'custom', builtIn: 'default' },
  'unknown-account': { id: 'acc-nobody' },
  'unknown-region': { value: 'mars', known: ['amer', 'emea', 'apac'], policy: 'default' },
  'cadence-on-standard': {},
  'event-before-creation': {},
  'events-out-of-order': {},
  'no-calendars': {},
  'calendar-id-mismatch': { key: 'emea', id: 'europe' },
  'invalid-calendar': { issue: 'unknown-time-zone', value: 'Venus/Y' },
};

const CSV_SAMPLES: { [C in keyof CsvProblemParams]: CsvProblemParams[C] } = {
  missing: {},
  'missing-account-or-tier': {},
  'bad-date': { value: 'yesterday' },
  'future-date': { value: '2099-01-01' },
  'before-creation': {},
  'after-resolution': {},
  'unknown-priority': { value: 'P9' },
  'unknown-tier': { value: 'Gold' },
  'unknown-region': { value: 'mars', known: ['amer', 'emea', 'apac'] },
  'unknown-account': { value: 'Nobody' },
  'duplicate-id': { id: 'A', row: 2 },
};

const CALENDAR_SAMPLES: Record<CalendarIssueCode, string> = {
  'unknown-time-zone': 'Mars/X',
  'bad-weekday': '7',
  'bad-start': '25:00',
  'bad-end': '24:30',
  'end-not-after-start': '09:00',
  overlap: 'week[0]',
  'bad-holiday': '2026-02-30',
};

const jsonProblems = Object.entries(JSON_SAMPLES).map(
  ([code, params]) => ({ code, params }) as ImportProblemData,
);
const calendarProblems = Object.entries(CALENDAR_SAMPLES).map(
  ([issue, value]) => ({ code: 'invalid-calendar', params: { issue, value } }) as ImportProblemData,
);
const csvProblems = Object.entries(CSV_SAMPLES).map(
  ([code, params]) => ({ code, params }) as CsvProblemData,
);
const parseCodes = Object.keys(CSV_PARSE_PROBLEM_KEYS) as CsvParseProblemCode[];

/** Every text of every code in a locale. */
function allTexts(locale: (typeof LOCALES)[number]): string[] {
  const t = createTranslate(catalogues[locale]);
  return [
    ...jsonProblems.map((problem) => importProblemText(problem, t, locale)),
    ...calendarProblems.map((problem) => importProblemText(problem, t, locale)),
    ...csvProblems.map((problem) => csvProblemText(problem, t, locale)),
    ...parseCodes.map((code) => csvParseProblemText(code, t)),
  ];
}

describe('import problem texts', () => {
  it.each(LOCALES)('word every code, with all its params, in %s', (locale) => {
    const texts = allTexts(locale);
    expect(texts).toHaveLength(
      jsonProblems.length + calendarProblems.length + csvProblems.length + parseCodes.length,
    );
    for (const text of texts) {
      expect(text.trim()).not.toBe('');
      expect(text, text).not.toMatch(/\{\w+\}|data\.|undefined/);
    }
    // One sentence per code: no two codes share a text.
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('never shows English on the French page', () => {
    const english = allTexts('en');
    allTexts('fr').forEach((text, index) => {
      expect(text, text).not.toBe(english[index]);
    });
  });

  it('follow French typography: no-break spaces before : ; ? ! and inside « »', () => {
    for (const text of allTexts('fr')) {
      expect(text, text).not.toMatch(/ [:;?!»]|« |[^\u00a0][:;?!](?:\s|$)|«[^\u00a0]/);
    }
  });

  it('fill params: quoted values, lists and kinds in the language', () => {
    const en = createTranslate(catalogues.en);
    const fr = createTranslate(catalogues.fr);
    const tier: ImportProblemData = {
      code: 'unknown-tier',
      params: { value: 'Gold', known: ['standard', 'premier', 'premier-plus'] },
    };
    expect(importProblemText(tier, en, 'en')).toBe(
      'Unknown support plan “Gold”. Known plans: standard, premier, and premier-plus.',
    );
    expect(importProblemText(tier, fr, 'fr')).toBe(
      'Plan de support inconnu\u00a0: «\u00a0Gold\u00a0». Plans connus\u00a0: standard, premier et premier-plus.',
    );
    const type: ImportProblemData = {
      code: 'wrong-type',
      params: { expected: 'text', found: 'integer' },
    };
    expect(importProblemText(type, en, 'en')).toBe('Expected text, found a whole number.');
    expect(importProblemText(type, fr, 'fr')).toBe(
      'Attendu\u00a0: du texte\u00a0; trouvé\u00a0: un nombre entier.',
    );
    const calendar: ImportProblemData = {
      code: 'invalid-calendar',
      params: { issue: 'unknown-time-zone', value: 'Mars/X' },
    };
    expect(importProblemText(calendar, en, 'en')).toBe(
      'Invalid calendar: unknown time zone “Mars/X”.',
    );
    expect(importProblemText(calendar, fr, 'fr')).toBe(
      'Calendrier non valide\u00a0: fuseau horaire «\u00a0Mars/X\u00a0» inconnu.',
    );
    const newer: ImportProblemData = {
      code: 'newer-version',
      params: { version: 2, supported: 1 },
    };
    expect(importProblemText(newer, en, 'en')).toMatch(/^Written by a newer SLA Board/);
    const region: CsvProblemData = {
      code: 'unknown-region',
      params: { value: 'mars', known: ['amer', 'emea', 'apac'] },
    };
    expect(csvProblemText(region, en, 'en')).toBe(
      'unknown region “mars” (known: amer, emea, and apac).',
    );
    expect(csvProblemText(region, fr, 'fr')).toBe(
      'région inconnue «\u00a0mars\u00a0» (régions connues\u00a0: amer, emea et apac).',
    );
  });
});
