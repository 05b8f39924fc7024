/**
 * Zod issues as import problems (code, params, and a plain-English message), and paths written
 * the way people read them (`tickets[3].events[0].at`). We use `zod/mini`, which ships no
 * messages (about 6 KB gzipped against about 90 KB for full zod with its locales), so the words
 * are ours. Parse with `{ reportInput: true }` so that issues keep the value they are about.
 */
import type * as z from 'zod/mini';
import { PRIORITIES, TIER_IDS } from '../sla';
import type { ImportProblemData, ValueKind } from './import-problem';

type Issue = z.core.$ZodIssue;

/** A problem's data with its English wording. */
export type DescribedIssue = ImportProblemData & { message: string };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['tickets', 3, 'events', 0, 'at']` → `tickets[3].events[0].at`; the root is ''. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** A value as the file writes it, for params: text as is (cut to 40 characters), else JSON. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return value === null ? 'null' : typeof value;
}

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object') return 'object';
  return 'other';
}

const EXPECTED_KINDS: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
  record: 'object',
};

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function listValues(values: readonly unknown[]): string {
  return values.map((value) => describeValue(value)).join(', ');
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): DescribedIssue {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'string' && minimum === 1) {
    return { code: 'empty-text', params: {}, message: 'must not be empty' };
  }
  if (issue.origin === 'number') {
    return issue.inclusive
      ? { code: 'too-small', params: { minimum }, message: `must be at least ${minimum}` }
      : { code: 'not-above', params: { minimum }, message: `must be above ${minimum}` };
  }
  return {
    code: 'too-short',
    params: { minimum },
    message: `is too short (at least ${minimum})`,
  };
}

function invalidValue(issue: Extract<Issue, { code: 'invalid_value' }>): DescribedIssue {
  const { values, input } = issue;
  const value = shownValue(input);
  if (values.length === 1) {
    const expected = shownValue(values[0]);
    return {
      code: 'wrong-value',
      params: { expected, found: value },
      message: `expected ${listValues(values)}, found ${describeValue(input)}`,
    };
  }
  const message = `unknown value ${describeValue(input)}: expected one of ${listValues(values)}`;
  const known = values.map((entry) => shownValue(entry));
  if (sameList(values, TIER_IDS))
    return { code: 'unknown-tier', params: { value, known }, message };
  if (sameList(values, PRIORITIES)) {
    return { code: 'unknown-priority', params: { value, known }, message };
  }
  return { code: 'unknown-value', params: { value, known }, message };
}

function invalidUnion(issue: Extract<Issue, { code: 'invalid_union' }>): DescribedIssue {
  if ('discriminator' in issue && issue.discriminator) {
    const key = String(issue.discriminator);
    const options: unknown[] =
      'options' in issue && Array.isArray(issue.options) ? issue.options : [];
    const input: unknown = issue.input;
    const found =
      typeof input === 'object' && input !== null && key in input
        ? (input as Record<string, unknown>)[key]
        : undefined;
    if (found === undefined) return { code: 'missing', params: {}, message: 'missing (required)' };
    return {
      code: 'unknown-value',
      params: { value: shownValue(found), known: options.map((option) => shownValue(option)) },
      message: `unknown ${key} ${describeValue(found)}: expected one of ${listValues(options)}`,
    };
  }
  return {
    code: 'no-matching-shape',
    params: {},
    message: `${describeValue(issue.input)} matches none of the allowed shapes`,
  };
}

/**
 * An issue of `safeParse(…, { reportInput: true })` as an import problem: its code and params,
 * and a short English reason that reads after the path ("tickets[0].tier: unknown value "gold":
 * expected one of …").
 */
export function describeIssue(issue: Issue): DescribedIssue {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return { code: 'missing', params: {}, message: 'missing (required)' };
      }
      return {
        code: 'wrong-type',
        params: { expected: EXPECTED_KINDS[issue.expected] ?? 'other', found: kindOf(issue.input) },
        message: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}`,
      };
    case 'invalid_value':
      return invalidValue(issue);
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return {
          code: 'bad-instant',
          params: { value: shownValue(issue.input) },
          message:
            `${describeValue(issue.input)} is not a date and time in ISO 8601 with an offset ` +
            '(e.g. 2026-03-10T15:30:00Z or 2026-03-10T16:30:00+01:00)',
        };
      }
      return {
        code: 'bad-text-format',
        params: { value: shownValue(issue.input) },
        message: `${describeValue(issue.input)} is not in the expected format`,
      };
    case 'invalid_union':
      return invalidUnion(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'too_big': {
      const maximum = Number(issue.maximum);
      return issue.origin === 'number'
        ? { code: 'too-big', params: { maximum }, message: `must be at most ${maximum}` }
        : { code: 'too-long', params: { maximum }, message: `is too long (at most ${maximum})` };
    }
    case 'invalid_key':
      return {
        code: 'unknown-key',
        params: { value: shownValue(issue.input) },
        message: `unknown key ${describeValue(issue.input)}`,
      };
    case 'not_multiple_of':
      return {
        code: 'not-multiple',
        params: { divisor: Number(issue.divisor) },
        message: `must be a multiple of ${String(issue.divisor)}`,
      };
    case 'unrecognized_keys':
      return {
        code: 'unknown-fields',
        params: { fields: [...issue.keys] },
        message: `unknown field ${listValues(issue.keys)}`,
      };
    case 'invalid_element':
    case 'custom':
      return { code: 'invalid', params: {}, message: 'is not valid' };
  }
}
