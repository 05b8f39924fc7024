/**
 * Which database and change channel a repository works on, and the read/write plumbing every
 * repository shares: errors mapped to DbError (refusals pass through), and a change announced to
 * other tabs only after the transaction committed.
 */
import { changeChannel, type ChangeChannel, type ChangeMessage } from './change-channel';
import { toDbError } from './db-errors';
import { openSlaDb, type SlaDatabase } from './open-db';
import { isRepoRefusal } from './repo-errors';
import { DB_NAME } from './schema';

export interface DbTarget {
  dbName: string;
  channel: ChangeChannel;
}

/** The app's database and channel. Tests pass their own (a fresh name per test). */
export function appDbTarget(): DbTarget {
  return { dbName: DB_NAME, channel: changeChannel() };
}

/**
 * A repository's own refusal, or a RangeError of its argument checks (a caller's bug), as is;
 * anything else as a DbError.
 */
export function toRepoError(error: unknown): Error {
  return isRepoRefusal(error) || error instanceof RangeError ? error : toDbError(error);
}

/** Runs a read on the target's database. */
export async function readFrom<T>(
  target: DbTarget,
  read: (db: SlaDatabase) => Promise<T>,
): Promise<T> {
  try {
    return await read(await openSlaDb(target.dbName));
  } catch (error) {
    throw toRepoError(error);
  }
}

/**
 * Runs a write (which must await its transaction's `done`), then announces `change(result)` to
 * other tabs.
 */
export async function writeTo<T>(
  target: DbTarget,
  write: (db: SlaDatabase) => Promise<T>,
  change: (result: T) => ChangeMessage,
): Promise<T> {
  let result: T;
  try {
    result = await write(await openSlaDb(target.dbName));
  } catch (error) {
    throw toRepoError(error);
  }
  target.channel.post(change(result));
  return result;
}

interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` in `tx` and waits for the commit. If `work` throws (a refusal, a failed request),
 * the transaction is aborted so nothing of it is written, and `work`'s error is rethrown.
 */
export async function inTransaction<Tx extends Transaction, T>(
  tx: Tx,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    // The error reported is `error`; `done` rejects with the abort that follows.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already committed or aborted: nothing left to undo.
    }
    throw error;
  }
}
