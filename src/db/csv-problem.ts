/**
 * What can be wrong with a CSV file or row, as data: closed sets of codes with their parameters.
 * The UI words them in each language (src/features/data/model); the English `message` beside
 * them is for logs, tests and docs, never for the screen.
 */
import type { ParseError } from 'papaparse';

type NoParams = Record<string, never>;

/** The parameters of each row problem; the row problem's `field` says which cell. */
export interface CsvProblemParams {
  /** A cell that must be filled is empty (id, title, creation date, region). */
  missing: NoParams;
  /** Neither an account the app knows nor a tier to create one. */
  'missing-account-or-tier': NoParams;
  /** Not a date or date-time this import reads. */
  'bad-date': { value: string };
  'future-date': { value: string };
  'before-creation': NoParams;
  'after-resolution': NoParams;
  'unknown-priority': { value: string };
  'unknown-tier': { value: string };
  'unknown-region': { value: string; known: string[] };
  /** An account name not stored, on a row that gives no tier to create it. */
  'unknown-account': { value: string };
  /** `row` is the number of the earlier row with this id. */
  'duplicate-id': { id: string; row: number };
}

export type CsvProblemCode = keyof CsvProblemParams;

export type CsvProblemData = {
  [C in CsvProblemCode]: { code: C; params: CsvProblemParams[C] };
}[CsvProblemCode];

/** Why papaparse could not read a line cleanly (its error codes, in kebab-case). */
export type CsvParseProblemCode =
  | 'missing-quotes'
  | 'invalid-quotes'
  | 'undetectable-delimiter'
  | 'too-few-fields'
  | 'too-many-fields';

const PARSE_CODES: Record<ParseError['code'], CsvParseProblemCode> = {
  MissingQuotes: 'missing-quotes',
  InvalidQuotes: 'invalid-quotes',
  UndetectableDelimiter: 'undetectable-delimiter',
  TooFewFields: 'too-few-fields',
  TooManyFields: 'too-many-fields',
};

/** A papaparse error code as ours. */
export function csvParseProblemCode(papaCode: ParseError['code']): CsvParseProblemCode {
  return PARSE_CODES[papaCode];
}
