/**
 * For tests only: a database and change channel of their own per test, and their cleanup.
 * (Not imported by app code.)
 */
import { deleteDB } from 'idb';
import { changeChannel } from './change-channel';
import type { DbTarget } from './db-target';
import { closeSlaDb } from './open-db';

let counter = 0;

/** A fresh database name and channel name, unique in this test run. */
export function freshTarget(label = 'test'): DbTarget {
  counter += 1;
  const suffix = `${label}-${String(counter)}-${crypto.randomUUID()}`;
  return { dbName: `sla-board-${suffix}`, channel: changeChannel(`sla-board-changes-${suffix}`) };
}

/** Closes the app's connection to `target` and deletes its database. */
export async function dropTarget(target: DbTarget): Promise<void> {
  closeSlaDb(target.dbName);
  await deleteDB(target.dbName);
}
