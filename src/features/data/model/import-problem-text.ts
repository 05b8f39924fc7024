import type {
  CsvParseProblemCode,
  CsvProblemCode,
  CsvProblemData,
  ImportProblemCode,
  ImportProblemData,
  ValueKind,
} from '../../../queries/data-transfer';
import type { CalendarIssueCode } from '../../../sla';
import type { Locale } from '../../../shared/i18n/locale';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import type { MessageParams, Translate } from '../../../shared/i18n/translate';

/** The sentence of each JSON import problem: a new code without one fails to compile. */
export const IMPORT_PROBLEM_KEYS = {
  'not-json': 'data.problem.not-json',
  'not-an-export': 'data.problem.not-an-export',
  'wrong-format': 'data.problem.wrong-format',
  missing: 'data.problem.missing',
  'bad-version': 'data.problem.bad-version',
  'newer-version': 'data.problem.newer-version',
  'unsupported-version': 'data.problem.unsupported-version',
  'wrong-type': 'data.problem.wrong-type',
  'wrong-value': 'data.problem.wrong-value',
  'unknown-tier': 'data.problem.unknown-tier',
  'unknown-priority': 'data.problem.unknown-priority',
  'unknown-value': 'data.problem.unknown-value',
  'bad-instant': 'data.problem.bad-instant',
  'bad-text-format': 'data.problem.bad-text-format',
  'no-matching-shape': 'data.problem.no-matching-shape',
  'empty-text': 'data.problem.empty-text',
  'too-small': 'data.problem.too-small',
  'not-above': 'data.problem.not-above',
  'too-short': 'data.problem.too-short',
  'too-big': 'data.problem.too-big',
  'too-long': 'data.problem.too-long',
  'not-multiple': 'data.problem.not-multiple',
  'unknown-key': 'data.problem.unknown-key',
  'unknown-fields': 'data.problem.unknown-fields',
  invalid: 'data.problem.invalid',
  'duplicate-id': 'data.problem.duplicate-id',
  'reserved-policy-id': 'data.problem.reserved-policy-id',
  'unknown-policy': 'data.problem.unknown-policy',
  'unknown-account': 'data.problem.unknown-account',
  'unknown-region': 'data.problem.unknown-region',
  'cadence-on-standard': 'data.problem.cadence-on-standard',
  'event-before-creation': 'data.problem.event-before-creation',
  'events-out-of-order': 'data.problem.events-out-of-order',
  'no-calendars': 'data.problem.no-calendars',
  'calendar-id-mismatch': 'data.problem.calendar-id-mismatch',
  'invalid-calendar': 'data.problem.invalid-calendar',
} as const satisfies Record<ImportProblemCode, MessageKey>;

/** The clause of each calendar issue, as `{issue}` of 'data.problem.invalid-calendar'. */
export const CALENDAR_ISSUE_KEYS = {
  'unknown-time-zone': 'data.calendarIssue.unknown-time-zone',
  'bad-weekday': 'data.calendarIssue.bad-weekday',
  'bad-start': 'data.calendarIssue.bad-start',
  'bad-end': 'data.calendarIssue.bad-end',
  'end-not-after-start': 'data.calendarIssue.end-not-after-start',
  overlap: 'data.calendarIssue.overlap',
  'bad-holiday': 'data.calendarIssue.bad-holiday',
} as const satisfies Record<CalendarIssueCode, MessageKey>;

export const VALUE_KIND_KEYS = {
  text: 'data.valueKind.text',
  number: 'data.valueKind.number',
  integer: 'data.valueKind.integer',
  boolean: 'data.valueKind.boolean',
  list: 'data.valueKind.list',
  object: 'data.valueKind.object',
  null: 'data.valueKind.null',
  other: 'data.valueKind.other',
} as const satisfies Record<ValueKind, MessageKey>;

/** The clause of each CSV row problem, shown after the field's name. */
export const CSV_PROBLEM_KEYS = {
  missing: 'data.csvProblem.missing',
  'missing-account-or-tier': 'data.csvProblem.missing-account-or-tier',
  'bad-date': 'data.csvProblem.bad-date',
  'future-date': 'data.csvProblem.future-date',
  'before-creation': 'data.csvProblem.before-creation',
  'after-resolution': 'data.csvProblem.after-resolution',
  'unknown-priority': 'data.csvProblem.unknown-priority',
  'unknown-tier': 'data.csvProblem.unknown-tier',
  'unknown-region': 'data.csvProblem.unknown-region',
  'unknown-account': 'data.csvProblem.unknown-account',
  'duplicate-id': 'data.csvProblem.duplicate-id',
} as const satisfies Record<CsvProblemCode, MessageKey>;

/** Why a line of a CSV file could not be read, as `{reason}` of 'data.csv.unreadable'. */
export const CSV_PARSE_PROBLEM_KEYS = {
  'missing-quotes': 'data.csv.parseProblem.missing-quotes',
  'invalid-quotes': 'data.csv.parseProblem.invalid-quotes',
  'undetectable-delimiter': 'data.csv.parseProblem.undetectable-delimiter',
  'too-few-fields': 'data.csv.parseProblem.too-few-fields',
  'too-many-fields': 'data.csv.parseProblem.too-many-fields',
} as const satisfies Record<CsvParseProblemCode, MessageKey>;

type ParamValue = string | number | readonly string[];

/** Params as the catalogue takes them: numbers in the locale, lists as "a, b and c". */
function messageParams(params: Readonly<Record<string, ParamValue>>, locale: Locale) {
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const number = new Intl.NumberFormat(locale, { useGrouping: false });
  const result: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') result[name] = number.format(value);
    else if (typeof value === 'string') result[name] = value;
    else result[name] = list.format(value);
  }
  return result satisfies MessageParams;
}

/**
 * A JSON import problem (`parseExport`) as a sentence in the current language, e.g.
 * "Unknown support plan “Gold”. Known plans: …" / « Plan de support inconnu : « Gold ». … ».
 */
export function importProblemText(
  problem: ImportProblemData,
  t: Translate,
  locale: Locale,
): string {
  if (problem.code === 'wrong-type') {
    return t(IMPORT_PROBLEM_KEYS[problem.code], {
      expected: t(VALUE_KIND_KEYS[problem.params.expected]),
      found: t(VALUE_KIND_KEYS[problem.params.found]),
    });
  }
  if (problem.code === 'invalid-calendar') {
    return t(IMPORT_PROBLEM_KEYS[problem.code], {
      issue: t(CALENDAR_ISSUE_KEYS[problem.params.issue], { value: problem.params.value }),
    });
  }
  return t(IMPORT_PROBLEM_KEYS[problem.code], messageParams(problem.params, locale));
}

/** A CSV row problem's clause in the current language (shown after the field's name). */
export function csvProblemText(problem: CsvProblemData, t: Translate, locale: Locale): string {
  return t(CSV_PROBLEM_KEYS[problem.code], messageParams(problem.params, locale));
}

/** Why a CSV line could not be read, in the current language. */
export function csvParseProblemText(code: CsvParseProblemCode, t: Translate): string {
  return t(CSV_PARSE_PROBLEM_KEYS[code]);
}
