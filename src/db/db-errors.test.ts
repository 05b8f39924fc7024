import { describe, expect, it } from 'vitest';
import { DbError, dbError, isDbError, toDbError, type DbErrorKind } from './db-errors';

describe('toDbError', () => {
  const cases: [string, DbErrorKind][] = [
    ['QuotaExceededError', 'quota'],
    ['VersionError', 'version'],
    ['NotFoundError', 'version'],
    ['InvalidStateError', 'unavailable'],
    ['SecurityError', 'unavailable'],
    ['UnknownError', 'unavailable'],
    ['AbortError', 'aborted'],
    ['TimeoutError', 'aborted'],
    ['ConstraintError', 'unknown'],
    ['DataError', 'unknown'],
  ];

  it.each(cases)('maps a DOMException named %s to kind %s', (name, kind) => {
    const cause = new DOMException('boom', name);
    const error = toDbError(cause);
    expect(error).toBeInstanceOf(DbError);
    expect(error.kind).toBe(kind);
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('boom');
  });

  it('keeps a DbError as it is', () => {
    const error = dbError('blocked');
    expect(toDbError(error)).toBe(error);
  });

  it('maps values that are not errors to unknown, keeping them as the cause', () => {
    const error = toDbError('weird');
    expect(error.kind).toBe('unknown');
    expect(error.cause).toBe('weird');
  });

  it('recognises DbErrors only', () => {
    expect(isDbError(dbError('quota'))).toBe(true);
    expect(isDbError(new DOMException('full', 'QuotaExceededError'))).toBe(false);
  });
});
