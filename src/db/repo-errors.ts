/**
 * Refusals of the repositories: the data is fine, the request is not. The UI translates
 * `problem` and `entity`.
 */
import type { TicketActionProblem } from '../sla';

export type RecordEntity = 'ticket' | 'account' | 'policy';

/** The record named by a write or an action does not exist. */
export class MissingRecordError extends Error {
  override readonly name = 'MissingRecordError';
  readonly entity: RecordEntity;
  readonly id: string;

  constructor(entity: RecordEntity, id: string) {
    super(`No ${entity} with id "${id}".`);
    this.entity = entity;
    this.id = id;
  }
}

/** Why a write is refused: a ticket action's rule, or a missing or reserved field. */
export type RefusalProblem =
  | TicketActionProblem
  /** a ticket without a title */
  | 'empty-title'
  /** an account without a name */
  | 'empty-name'
  /** an account id that is already taken */
  | 'duplicate-id'
  /** a custom policy may not use the built-in policy's id, 'default' */
  | 'reserved-policy-id';

/** A write the rules refuse; nothing was written. */
export class RefusedWriteError extends Error {
  override readonly name = 'RefusedWriteError';
  readonly problem: RefusalProblem;

  constructor(problem: RefusalProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** Whether `error` is one of the repositories' own refusals (passed through unmapped). */
export function isRepoRefusal(error: unknown): error is MissingRecordError | RefusedWriteError {
  return error instanceof MissingRecordError || error instanceof RefusedWriteError;
}
