/**
 * Plain-English reasons for zod issues, and paths written the way people read them
 * (`tickets[3].events[0].at`). We use `zod/mini`, which ships no messages (about 6 KB gzipped
 * against about 90 KB for full zod with its locales), so the words are ours.
 */
import type * as z from 'zod/mini';

type RawIssue = z.core.$ZodRawIssue;

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

function tooSmall(issue: Extract<RawIssue, { code: 'too_small' }>): string {
  if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
  if (issue.origin === 'number') {
    return issue.inclusive ? `must be at least ${issue.minimum}` : `must be above ${issue.minimum}`;
  }
  return `is too short (at least ${issue.minimum})`;
}

/**
 * The error map passed to `safeParse(…, { error: issueMessage })`: a short reason that reads
 * after the path ("tickets[0].tier: unknown value "gold": expected one of …").
 */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'missing (required)';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describeValue(issue.input)}`;
    case 'invalid_value':
      if (issue.values.length === 1) {
        return `expected ${listValues(issue.values)}, found ${describeValue(issue.input)}`;
      }
      return `unknown value ${describeValue(issue.input)}: expected one of ${listValues(issue.values)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return (
          `${describeValue(issue.input)} is not a date and time in ISO 8601 with an offset ` +
          '(e.g. 2026-03-10T15:30:00Z or 2026-03-10T16:30:00+01:00)'
        );
      }
      return `${describeValue(issue.input)} is not in the expected format`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const key = String(issue.discriminator);
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        const input: unknown = issue.input;
        const found =
          typeof input === 'object' && input !== null && key in input
            ? (input as Record<string, unknown>)[key]
            : undefined;
        if (found === undefined) return 'missing (required)';
        return `unknown ${key} ${describeValue(found)}: expected one of ${listValues(options)}`;
      }
      return `${describeValue(issue.input)} matches none of the allowed shapes`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return issue.origin === 'number'
        ? `must be at most ${issue.maximum}`
        : `is too long (at most ${issue.maximum})`;
    case 'invalid_key':
      return `unknown key ${describeValue(issue.input)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `unknown field ${listValues(issue.keys)}`;
    case 'invalid_element':
    case 'custom':
      return issue.message ?? 'is not valid';
  }
}
