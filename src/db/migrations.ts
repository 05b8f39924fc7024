/**
 * Cumulative upgrade steps: a database at any older version is brought to DB_VERSION by running
 * every step above its version, in order, inside the one versionchange transaction.
 *
 * Released steps are frozen: never edit one; add a new step and bump DB_VERSION (schema.ts).
 * Steps use literal store and index names and their own record shapes, so later renames in the
 * current code cannot change what an old step does.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { ticketState, type Priority, type StoredTicketEvent } from '../sla';

/** Steps see the database untyped: old versions have shapes the current DBSchema does not. */
export type AnyDb = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;

export type MigrationStep = (db: AnyDb, transaction: UpgradeTransaction) => Promise<void> | void;

/** A ticket as version 1 stored it: no currentPriority, no updatedAt. */
export interface TicketRecordV1 {
  id: string;
  priority: Priority;
  createdAt: number;
  events: (StoredTicketEvent & Record<string, unknown>)[];
  [field: string]: unknown;
}

/** Version 1: the four stores; tickets indexed by status and account. */
const toV1: MigrationStep = (db) => {
  const tickets = db.createObjectStore('tickets', { keyPath: 'id' });
  tickets.createIndex('by-status', 'status');
  tickets.createIndex('by-account', 'accountId');
  db.createObjectStore('accounts', { keyPath: 'id' });
  db.createObjectStore('settings', { keyPath: 'id' });
  db.createObjectStore('policies', { keyPath: 'id' });
};

/**
 * Version 2: tickets gain the denormalised `currentPriority` (replayed from the events) and
 * `updatedAt` (the last event's instant, or the creation), indexed for sorting.
 */
const toV2: MigrationStep = async (_db, transaction) => {
  const tickets = transaction.objectStore('tickets');
  tickets.createIndex('by-updated-at', 'updatedAt');
  let cursor = await tickets.openCursor();
  while (cursor) {
    const old = cursor.value as TicketRecordV1;
    const state = ticketState({ priority: old.priority, events: old.events });
    await cursor.update({
      ...old,
      currentPriority: state.priority,
      updatedAt: state.lastEventAt ?? old.createdAt,
    });
    cursor = await cursor.continue();
  }
};

/** MIGRATIONS[n - 1] upgrades version n - 1 to n. Append only. */
export const MIGRATIONS: readonly MigrationStep[] = [toV1, toV2];

/** Runs the steps from `oldVersion` to `newVersion`, one after the other. */
export async function runMigrations(
  db: AnyDb,
  transaction: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = MIGRATIONS[version - 1];
    if (!step) throw new RangeError(`No migration step to version ${String(version)}.`);
    await step(db, transaction);
  }
}
