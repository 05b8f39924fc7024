/**
 * What went wrong with data, in terms the UI can translate. Features cannot import src/db, so
 * they classify errors here.
 */
import { isDbError, type DbErrorKind } from '../db/db-errors';
import {
  MissingRecordError,
  RefusedWriteError,
  type RecordEntity,
  type RefusalProblem,
} from '../db/repo-errors';

export type { DbErrorKind, RecordEntity, RefusalProblem };

export type DataErrorView =
  /** Storage failed: unavailable, quota, blocked, version, aborted, unknown. */
  | { kind: 'storage'; storage: DbErrorKind }
  /** The rules refused the write; nothing was written. */
  | { kind: 'refused'; problem: RefusalProblem }
  /** The record is gone (deleted in another tab?). */
  | { kind: 'missing'; entity: RecordEntity; id: string }
  /** A bug: show a generic message and the text. */
  | { kind: 'unexpected'; message: string };

export function describeDataError(error: unknown): DataErrorView {
  if (isDbError(error)) return { kind: 'storage', storage: error.kind };
  if (error instanceof RefusedWriteError) return { kind: 'refused', problem: error.problem };
  if (error instanceof MissingRecordError) {
    return { kind: 'missing', entity: error.entity, id: error.id };
  }
  return { kind: 'unexpected', message: error instanceof Error ? error.message : String(error) };
}
