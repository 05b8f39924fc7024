/**
 * What can be wrong with an import file, as data: a closed set of codes, each with its own
 * parameters. The UI words them in each language (src/features/data/model); the English
 * `message` beside them is for logs, tests and docs, never for the screen.
 */
import type { CalendarIssueCode } from '../sla';

/** The kind of a JSON value, as expected by the format or found in the file. */
export type ValueKind =
  'text' | 'number' | 'integer' | 'boolean' | 'list' | 'object' | 'null' | 'other';

type NoParams = Record<string, never>;

/**
 * The parameters of each problem code. Values from the file are given as written (text cut to
 * 40 characters); lists of known values in the format's order.
 */
export interface ImportProblemParams {
  /** The text is not JSON at all. */
  'not-json': NoParams;
  /** The file is not an object, or has no `format`. */
  'not-an-export': NoParams;
  /** `format` is not "sla-board-export". */
  'wrong-format': { found: string };
  missing: NoParams;
  /** `version` is not a whole number ≥ 1. */
  'bad-version': { found: string };
  'newer-version': { version: number; supported: number };
  'unsupported-version': { version: number; supported: number };
  'wrong-type': { expected: ValueKind; found: ValueKind };
  /** A value that can take only one value (a literal). */
  'wrong-value': { expected: string; found: string };
  'unknown-tier': { value: string; known: string[] };
  'unknown-priority': { value: string; known: string[] };
  /** Any other value outside its list (an event type, a status, a language…). */
  'unknown-value': { value: string; known: string[] };
  /** Not ISO 8601 with an offset. */
  'bad-instant': { value: string };
  'bad-text-format': { value: string };
  'no-matching-shape': NoParams;
  'empty-text': NoParams;
  /** A number below its inclusive minimum. */
  'too-small': { minimum: number };
  /** A number at or below its exclusive minimum (e.g. minutes must be above 0). */
  'not-above': { minimum: number };
  'too-short': { minimum: number };
  'too-big': { maximum: number };
  'too-long': { maximum: number };
  'not-multiple': { divisor: number };
  'unknown-key': { value: string };
  'unknown-fields': { fields: string[] };
  invalid: NoParams;
  /** `firstAt` is the path of the first item with this id, e.g. `tickets[1]`. */
  'duplicate-id': { id: string; firstAt: string };
  'reserved-policy-id': { id: string };
  'unknown-policy': { id: string; builtIn: string };
  'unknown-account': { id: string };
  'unknown-region': { value: string; known: string[]; policy: string };
  'cadence-on-standard': NoParams;
  'event-before-creation': NoParams;
  'events-out-of-order': NoParams;
  'no-calendars': NoParams;
  'calendar-id-mismatch': { key: string; id: string };
  /** A calendar `validateCalendar` refuses; `value` as in `CalendarIssue`. */
  'invalid-calendar': { issue: CalendarIssueCode; value: string };
}

export type ImportProblemCode = keyof ImportProblemParams;

/** A code with its parameters: `{ code: 'unknown-tier', params: { value, known } }`. */
export type ImportProblemData = {
  [C in ImportProblemCode]: { code: C; params: ImportProblemParams[C] };
}[ImportProblemCode];

/** A problem found in a value: a path into it, what is wrong, and an English message. */
export type PathProblem = ImportProblemData & {
  path: (string | number)[];
  message: string;
};

/** Where a file goes wrong: a path such as `tickets[3].events[0].at` ('' for the whole file). */
export type ImportProblem = ImportProblemData & {
  path: string;
  message: string;
};

/** Builds a problem with its params typed by its code. */
export function problem<C extends ImportProblemCode>(
  path: (string | number)[],
  code: C,
  params: ImportProblemParams[C],
  message: string,
): PathProblem {
  return { path, code, params, message } as PathProblem;
}
