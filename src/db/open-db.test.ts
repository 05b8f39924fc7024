import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDbError } from './db-errors';
import { closeSlaDb, getDbStatus, openSlaDb, subscribeDbStatus, type DbStatus } from './open-db';
import { DB_VERSION } from './schema';

const names: string[] = [];
function freshName(): string {
  const name = `open-db-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  for (const name of names.splice(0)) {
    closeSlaDb(name);
    await deleteDB(name);
  }
});

async function kindOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return isDbError(error) ? error.kind : undefined;
}

describe('openSlaDb', () => {
  it('opens each database once and shares the connection', async () => {
    const name = freshName();
    const [first, second] = await Promise.all([openSlaDb(name), openSlaDb(name)]);
    expect(first).toBe(second);
    expect(await openSlaDb(name)).toBe(first);
    expect(getDbStatus(name)).toBe('open');
  });

  it('reports IndexedDB missing as unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const name = freshName();
    expect(await kindOf(openSlaDb(name))).toBe('unavailable');
    expect(getDbStatus(name)).toBe('failed');
  });

  it('reports a refused open (private modes) as unavailable, and retries on the next call', async () => {
    const name = freshName();
    const refuse = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(await kindOf(openSlaDb(name))).toBe('unavailable');
    refuse.mockRestore();
    expect((await openSlaDb(name)).version).toBe(DB_VERSION);
  });

  it('rejects with blocked while an old tab holds version 1, then opens once it closes', async () => {
    const name = freshName();
    const oldTab = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('tickets', { keyPath: 'id' }).createIndex('by-status', 'status');
        db.createObjectStore('accounts', { keyPath: 'id' });
        db.createObjectStore('settings', { keyPath: 'id' });
        db.createObjectStore('policies', { keyPath: 'id' });
      },
    });
    const seen: DbStatus[] = [];
    const stop = subscribeDbStatus((changed, status) => {
      if (changed === name) seen.push(status);
    });

    expect(await kindOf(openSlaDb(name))).toBe('blocked');
    expect(getDbStatus(name)).toBe('blocked');
    expect(await kindOf(openSlaDb(name))).toBe('blocked');

    oldTab.close();
    await vi.waitFor(() => {
      expect(getDbStatus(name)).toBe('open');
    });
    expect((await openSlaDb(name)).version).toBe(DB_VERSION);
    expect(seen).toEqual(['opening', 'blocked', 'open']);
    stop();
  });

  it('closes its connection when a newer version opens elsewhere, and asks for a reload', async () => {
    const name = freshName();
    const db = await openSlaDb(name);
    const onClose = vi.spyOn(db, 'close');

    const newerTab = await openDB(name, DB_VERSION + 1);

    expect(onClose).toHaveBeenCalled();
    expect(getDbStatus(name)).toBe('outdated');
    expect(await kindOf(openSlaDb(name))).toBe('version');
    newerTab.close();
  });

  it('lets a deletion elsewhere proceed and reopens a fresh database afterwards', async () => {
    const name = freshName();
    await openSlaDb(name);
    await deleteDB(name);
    expect(getDbStatus(name)).toBe('closed');
    expect((await openSlaDb(name)).version).toBe(DB_VERSION);
  });
});
