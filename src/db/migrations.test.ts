import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { isDbError } from './db-errors';
import { closeSlaDb, openSlaDb } from './open-db';
import { DB_VERSION } from './schema';

const names: string[] = [];
function freshName(): string {
  const name = `migrations-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) {
    closeSlaDb(name);
    await deleteDB(name);
  }
});

const T0 = Date.parse('2026-03-02T09:00:00Z');

/** Tickets exactly as version 1 of the app stored them: no currentPriority, no updatedAt. */
const v1Tickets = [
  {
    id: 'T-2026-000001',
    title: 'VPN down',
    description: 'Nobody can connect',
    accountId: 'A-000001',
    tier: 'premier',
    priority: 'P2',
    region: 'emea',
    createdAt: T0,
    status: 'open',
    recommendation: { priority: 'P1', summary: 'Production down for all users' },
    events: [
      { id: 'e1', at: T0 + 60_000, author: 'ana', type: 'reply', message: 'Looking' },
      { id: 'e2', at: T0 + 120_000, author: 'ana', type: 'priority', to: 'P1', reason: 'Outage' },
      { id: 'e3', at: T0 + 180_000, author: 'ana', type: 'note', message: 'Paged on-call' },
    ],
  },
  {
    id: 'T-2026-000002',
    title: 'Question',
    description: '',
    accountId: 'A-000002',
    tier: 'standard',
    priority: 'P4',
    region: 'amer',
    createdAt: T0 + 5_000,
    status: 'open',
    events: [],
  },
];
const v1Account = { id: 'A-000001', name: 'Acme', tier: 'premier', region: 'emea' };
const v1Settings = {
  id: 'settings',
  language: 'fr',
  theme: 'dark',
  p1Phone: '+33 1 23 45 67 89',
  activePolicyId: 'default',
};

/** Builds a version-1 database the way version 1 of the app did, with old-shaped rows. */
async function createVersion1(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(database) {
      const tickets = database.createObjectStore('tickets', { keyPath: 'id' });
      tickets.createIndex('by-status', 'status');
      tickets.createIndex('by-account', 'accountId');
      database.createObjectStore('accounts', { keyPath: 'id' });
      database.createObjectStore('settings', { keyPath: 'id' });
      database.createObjectStore('policies', { keyPath: 'id' });
    },
  });
  const tx = db.transaction(['tickets', 'accounts', 'settings'], 'readwrite');
  for (const ticket of v1Tickets) await tx.objectStore('tickets').put(ticket);
  await tx.objectStore('accounts').put(v1Account);
  await tx.objectStore('settings').put(v1Settings);
  await tx.done;
  db.close();
}

describe('migrations', () => {
  it('is at version 2', () => {
    expect(DB_VERSION).toBe(2);
  });

  it('upgrades a version-1 database: tickets gain currentPriority and updatedAt, nothing lost', async () => {
    const name = freshName();
    await createVersion1(name);

    const db = await openSlaDb(name);

    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('tickets')).toEqual([
      { ...v1Tickets[0], currentPriority: 'P1', updatedAt: T0 + 180_000 },
      { ...v1Tickets[1], currentPriority: 'P4', updatedAt: T0 + 5_000 },
    ]);
    expect(await db.getAll('accounts')).toEqual([v1Account]);
    expect(await db.get('settings', 'settings')).toEqual(v1Settings);
  });

  it('indexes the upgraded tickets by updatedAt, and keeps the version-1 indexes', async () => {
    const name = freshName();
    await createVersion1(name);

    const db = await openSlaDb(name);

    const byUpdate = await db.getAllKeysFromIndex('tickets', 'by-updated-at');
    expect(byUpdate).toEqual(['T-2026-000002', 'T-2026-000001']);
    expect(await db.getAllKeysFromIndex('tickets', 'by-account', 'A-000002')).toEqual([
      'T-2026-000002',
    ]);
    expect(await db.countFromIndex('tickets', 'by-status', 'open')).toBe(2);
  });

  it('creates a new database at the current version with every store and index', async () => {
    const db = await openSlaDb(freshName());

    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'policies',
      'settings',
      'tickets',
    ]);
    expect([...db.transaction('tickets').store.indexNames].sort()).toEqual([
      'by-account',
      'by-status',
      'by-updated-at',
    ]);
  });

  it('refuses a database newer than this code with a version error', async () => {
    const name = freshName();
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();

    const error: unknown = await openSlaDb(name).catch((caught: unknown) => caught);

    expect(isDbError(error) && error.kind).toBe('version');
  });
});
