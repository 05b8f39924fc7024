/**
 * Storage failures as a small union the UI translates by `kind`. Every failure of IndexedDB that
 * leaves src/db is a DbError (or a repository's own refusal, see repo-errors.ts); none is
 * swallowed.
 */

export type DbErrorKind =
  /** IndexedDB is missing, refused (some private modes) or broken on this device. */
  | 'unavailable'
  /** The storage quota is used up; nothing was written. */
  | 'quota'
  /** An upgrade waits for other tabs that keep the old version open: close them. */
  | 'blocked'
  /** The database is newer (or differently shaped) than this page's code: reload. */
  | 'version'
  /** The transaction was aborted; nothing was written. */
  | 'aborted'
  | 'unknown';

/** A storage failure. `cause` keeps the original error (usually a DOMException). */
export class DbError extends Error {
  override readonly name = 'DbError';
  readonly kind: DbErrorKind;

  constructor(kind: DbErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

/** DOMException (or Error) names → kinds. Names not listed are 'unknown'. */
const KIND_BY_NAME: Readonly<Record<string, DbErrorKind>> = {
  QuotaExceededError: 'quota',
  VersionError: 'version',
  // A store or index the code expects does not exist: the database has another shape.
  NotFoundError: 'version',
  // Firefox's private mode used to reject open() with InvalidStateError; a closed connection
  // (after another tab's upgrade) also reports it.
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  // Chrome reports disk and backing-store failures as UnknownError.
  UnknownError: 'unavailable',
  AbortError: 'aborted',
  TimeoutError: 'aborted',
};

const MESSAGES: Readonly<Record<DbErrorKind, string>> = {
  unavailable: 'Browser storage (IndexedDB) is unavailable.',
  quota: 'Browser storage is full.',
  blocked: 'The database upgrade is blocked by another open tab.',
  version: 'The stored data belongs to another version of the app.',
  aborted: 'The storage operation was aborted.',
  unknown: 'The storage operation failed.',
};

export function isDbError(error: unknown): error is DbError {
  return error instanceof DbError;
}

/** The DbError for any thrown value; a DbError is returned as is. */
export function toDbError(error: unknown): DbError {
  if (error instanceof DbError) return error;
  const name = stringField(error, 'name');
  const kind = (name !== undefined && KIND_BY_NAME[name]) || 'unknown';
  // DOMException is not an `instanceof Error` in every realm: read its fields directly.
  const original = stringField(error, 'message');
  const detail = original ? ` (${name ?? 'Error'}: ${original})` : '';
  return new DbError(kind, `${MESSAGES[kind]}${detail}`, { cause: error });
}

/** A DbError of the given kind with its standard message. */
export function dbError(kind: DbErrorKind, cause?: unknown): DbError {
  return new DbError(kind, MESSAGES[kind], { cause });
}

function stringField(error: unknown, field: 'name' | 'message'): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const value = (error as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}
