/**
 * The single way to open the app's database: memoised per name, upgraded by migrations.ts, and
 * watching the connection's life so the UI can tell the person what to do.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { dbError, toDbError } from './db-errors';
import { runMigrations, type AnyDb, type UpgradeTransaction } from './migrations';
import { DB_NAME, DB_VERSION, type SlaBoardDb } from './schema';

export type SlaDatabase = IDBPDatabase<SlaBoardDb>;

/**
 * How a database connection stands:
 * - 'closed': not opened yet, or closed by `closeDb`;
 * - 'opening', 'open';
 * - 'blocked': our upgrade waits for other tabs that keep the old version open (close them);
 * - 'outdated': another tab upgraded the database, this connection was closed (reload);
 * - 'terminated': the browser closed the connection (storage cleared or broken); the next
 *   read reopens it;
 * - 'failed': the last open failed (see the error it rejected with).
 */
export type DbStatus =
  'closed' | 'opening' | 'open' | 'blocked' | 'outdated' | 'terminated' | 'failed';

export type DbStatusListener = (name: string, status: DbStatus) => void;

interface Connection {
  db: SlaDatabase | null;
  /** Rejects with a 'blocked' DbError once our upgrade is blocked; never resolves. */
  blockedSignal: Promise<never>;
}

interface Entry {
  connection: Connection;
  /** The open request; settles once. */
  opening: Promise<SlaDatabase>;
}

const entries = new Map<string, Entry>();
const statuses = new Map<string, DbStatus>();
const listeners = new Set<DbStatusListener>();

/** The status of the connection to `name`. */
export function getDbStatus(name: string = DB_NAME): DbStatus {
  return statuses.get(name) ?? 'closed';
}

/** Calls `listener` on every status change of any database; returns the unsubscribe. */
export function subscribeDbStatus(listener: DbStatusListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function setStatus(name: string, status: DbStatus): void {
  if (statuses.get(name) === status) return;
  statuses.set(name, status);
  for (const listener of [...listeners]) listener(name, status);
}

/**
 * Opens (once) the database `name` at DB_VERSION, running the upgrade steps it needs.
 *
 * Rejects with a DbError: 'unavailable' when IndexedDB is missing or refused, 'blocked' while an
 * older tab holds the previous version (the open goes on and succeeds once that tab closes; call
 * again), 'version' when the database is newer than this code, and so on (db-errors.ts).
 */
export function openSlaDb(name: string = DB_NAME): Promise<SlaDatabase> {
  // Once another tab upgraded the database, this page's code is outdated until reloaded.
  if (getDbStatus(name) === 'outdated') return Promise.reject(dbError('version'));
  let entry = entries.get(name);
  if (!entry) {
    entry = startOpening(name);
    entries.set(name, entry);
  }
  const { db, blockedSignal } = entry.connection;
  return db ? Promise.resolve(db) : Promise.race([entry.opening, blockedSignal]);
}

/** Closes the connection to `name`, if any; the next `openSlaDb` opens a new one. */
export function closeSlaDb(name: string = DB_NAME): void {
  const entry = entries.get(name);
  entries.delete(name);
  entry?.connection.db?.close();
  setStatus(name, 'closed');
}

function startOpening(name: string): Entry {
  let rejectBlocked: (error: unknown) => void = () => undefined;
  const blockedSignal = new Promise<never>((_, reject) => {
    rejectBlocked = reject;
  });
  // Delivered to the callers racing it; this handler only marks the rejection as handled.
  blockedSignal.catch(() => undefined);
  const connection: Connection = { db: null, blockedSignal };
  let upgradeError: unknown = null;
  setStatus(name, 'opening');
  const forget = () => {
    if (entries.get(name)?.connection === connection) entries.delete(name);
  };

  const request = safeOpen(name, {
    upgrade(db, oldVersion, newVersion, transaction) {
      // idb does not await upgrade: a failing step aborts the versionchange transaction, and the
      // open then rejects with the step's own error (below).
      runMigrations(
        db as unknown as AnyDb,
        transaction as unknown as UpgradeTransaction,
        oldVersion,
        newVersion ?? DB_VERSION,
      ).catch((error: unknown) => {
        upgradeError = error;
        transaction.abort();
      });
    },
    blocked() {
      rejectBlocked(dbError('blocked'));
      setStatus(name, 'blocked');
    },
    blocking(_currentVersion, blockedVersion) {
      // Another tab upgrades (or deletes) the database: let it proceed by closing ours.
      connection.db?.close();
      forget();
      setStatus(name, blockedVersion === null ? 'closed' : 'outdated');
    },
    terminated() {
      forget();
      setStatus(name, 'terminated');
    },
  });

  const opening = request.then(
    (db) => {
      connection.db = db;
      if (entries.get(name)?.connection === connection) setStatus(name, 'open');
      return db;
    },
    (error: unknown) => {
      forget();
      setStatus(name, 'failed');
      throw toDbError(upgradeError ?? error);
    },
  );
  return { connection, opening };
}

type OpenCallbacks = NonNullable<Parameters<typeof openDB<SlaBoardDb>>[2]>;

/** openDB, but a missing IndexedDB or a synchronous refusal become a rejected promise. */
function safeOpen(name: string, callbacks: OpenCallbacks): Promise<SlaDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(dbError('unavailable', new ReferenceError('indexedDB is not defined')));
  }
  try {
    return openDB<SlaBoardDb>(name, DB_VERSION, callbacks);
  } catch (error) {
    // Some private modes refuse synchronously (SecurityError); mapped by the caller.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a DOMException
    return Promise.reject(error);
  }
}
