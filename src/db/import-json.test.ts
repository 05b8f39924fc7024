import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../sla';
import { isDbError } from './db-errors';
import { generateDemoData } from './demo-data';
import { serializeExport, type ExportData } from './export-format';
import { applyImport, exportAll, parseExport } from './import-json';
import { openSlaDb } from './open-db';
import type { TicketRecord } from './records';
import { DEFAULT_SETTINGS } from './settings-repo';
import { dropTarget, freshTarget } from './test-target';
import type { DbTarget } from './db-target';

const NOW_MS = Date.parse('2026-03-10T15:30:00Z');

function demoExport(ticketCount = 10, seed = 7): ExportData {
  const { accounts, tickets } = generateDemoData({ seed, nowMs: NOW_MS, ticketCount });
  return { exportedAt: NOW_MS, settings: DEFAULT_SETTINGS, policies: [], accounts, tickets };
}

/** The demo file as plain JSON, to break on purpose. */
type Json = Record<string, unknown> & {
  tickets: (Record<string, unknown> & { events: Record<string, unknown>[] })[];
  accounts: Record<string, unknown>[];
  settings: Record<string, unknown>;
  policies: Record<string, unknown>[];
};
function demoJson(): Json {
  return JSON.parse(serializeExport(demoExport())) as Json;
}

/** Stores return records in key order. */
function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function problemOf(text: string) {
  const result = parseExport(text);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

function problemAfter(change: (file: Json) => void) {
  const file = demoJson();
  change(file);
  return problemOf(JSON.stringify(file));
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${String(index)}`);
  return item;
}

describe('parseExport', () => {
  it('reads an exported file back into the same records', () => {
    const data = demoExport(40);
    expect(parseExport(serializeExport(data))).toEqual({ ok: true, value: data });
  });

  it('keeps the alert preferences, and reads a file written before they existed', () => {
    const alerts = { notifications: true, sound: false, titleCount: true };
    const data = { ...demoExport(3), settings: { ...DEFAULT_SETTINGS, alerts } };
    expect(parseExport(serializeExport(data))).toEqual({ ok: true, value: data });
    const old = demoJson();
    expect(old.settings).not.toHaveProperty('alerts');
    const read = parseExport(JSON.stringify(old));
    expect(read.ok && read.value.settings.alerts).toBeUndefined();
    const broken = demoJson();
    broken.settings.alerts = { notifications: 'yes', sound: false, titleCount: true };
    expect(problemOf(JSON.stringify(broken))).toMatchObject({
      path: 'settings.alerts.notifications',
    });
  });

  it('accepts instants with any offset and converts them to epoch ms', () => {
    const result = parseExport(
      JSON.stringify({
        ...demoJson(),
        exportedAt: '2026-03-10T16:30:00+01:00',
      }),
    );
    expect(result.ok && result.value.exportedAt).toBe(NOW_MS);
  });

  it('says when the text is not JSON', () => {
    const problem = problemOf('{"format": "sla-board-export",');
    expect(problem).toMatchObject({ path: '', code: 'not-json', params: {} });
    expect(problem.message).toMatch(/^the file is not JSON/);
  });

  it('names a wrong format and a newer version', () => {
    expect(problemOf('[]')).toEqual({
      path: '',
      code: 'not-an-export',
      params: {},
      message: 'not an SLA Board export: expected a JSON object',
    });
    expect(problemOf('{"format":"csv"}')).toMatchObject({
      path: 'format',
      code: 'wrong-format',
      params: { found: 'csv' },
    });
    expect(problemOf('{"version":1}')).toMatchObject({ path: 'format', code: 'not-an-export' });
    expect(problemAfter((file) => (file.version = 2))).toEqual({
      path: 'version',
      code: 'newer-version',
      params: { version: 2, supported: 1 },
      message: 'version 2 was written by a newer SLA Board; this one reads version 1',
    });
    expect(problemAfter((file) => (file.version = '1'))).toMatchObject({
      path: 'version',
      code: 'bad-version',
      params: { found: '1' },
    });
    expect(problemAfter((file) => delete file.version)).toEqual({
      path: 'version',
      code: 'missing',
      params: {},
      message: 'missing (required)',
    });
  });

  it('names a missing field with its path', () => {
    expect(problemAfter((file) => delete at(file.tickets, 3).title)).toEqual({
      path: 'tickets[3].title',
      code: 'missing',
      params: {},
      message: 'missing (required)',
    });
    expect(problemAfter((file) => delete (file as Record<string, unknown>).settings)).toEqual({
      path: 'settings',
      code: 'missing',
      params: {},
      message: 'missing (required)',
    });
    expect(problemAfter((file) => (at(file.tickets, 3).title = 42))).toMatchObject({
      path: 'tickets[3].title',
      code: 'wrong-type',
      params: { expected: 'text', found: 'integer' },
      message: 'expected text, found 42',
    });
    expect(problemAfter((file) => (at(file.tickets, 3).title = ''))).toMatchObject({
      path: 'tickets[3].title',
      code: 'empty-text',
    });
  });

  it('names a bad date with its path', () => {
    const problem = problemAfter((file) => {
      at(at(file.tickets, 3).events, 0).at = '2026-02-30T10:00:00Z';
    });
    expect(problem).toMatchObject({
      path: 'tickets[3].events[0].at',
      code: 'bad-instant',
      params: { value: '2026-02-30T10:00:00Z' },
    });
    expect(problem.message).toContain('"2026-02-30T10:00:00Z" is not a date and time in ISO 8601');
    expect(problemAfter((file) => (at(file.tickets, 1).createdAt = '2026-03-10 10:00')).path).toBe(
      'tickets[1].createdAt',
    );
    // No offset: a local time is not an instant.
    expect(
      problemAfter((file) => (at(file.tickets, 1).createdAt = '2026-03-10T10:00:00')).path,
    ).toBe('tickets[1].createdAt');
  });

  it('names an unknown tier, priority and event type', () => {
    expect(problemAfter((file) => (at(file.tickets, 2).tier = 'gold'))).toEqual({
      path: 'tickets[2].tier',
      code: 'unknown-tier',
      params: {
        value: 'gold',
        known: ['standard', 'premier', 'premier-assurance', 'premier-plus', 'premier-elite'],
      },
      message:
        'unknown value "gold": expected one of "standard", "premier", "premier-assurance", "premier-plus", "premier-elite"',
    });
    expect(problemAfter((file) => (at(file.tickets, 0).priority = 'Urgent'))).toMatchObject({
      path: 'tickets[0].priority',
      code: 'unknown-priority',
      params: { value: 'Urgent', known: ['P1', 'P2', 'P3', 'P4'] },
    });
    const eventType = problemAfter(
      (file) => (at(at(file.tickets, 4).events, 0).type = 'escalated'),
    );
    expect(eventType).toMatchObject({ code: 'unknown-value', params: { value: 'escalated' } });
    expect(eventType.code === 'unknown-value' && eventType.params.known.slice(0, 2)).toEqual([
      'reply',
      'note',
    ]);
    expect(eventType.message).toMatch(/^unknown type "escalated": expected one of "reply", "note"/);
    expect(problemAfter((file) => (file.settings.language = 'de'))).toMatchObject({
      path: 'settings.language',
      code: 'unknown-value',
      params: { value: 'de', known: ['en', 'fr'] },
    });
  });

  it('reports the first problem in file order', () => {
    const problem = problemAfter((file) => {
      at(file.tickets, 5).tier = 'gold';
      at(file.tickets, 2).createdAt = 'yesterday';
    });
    expect(problem.path).toBe('tickets[2].createdAt');
  });

  it('rejects duplicated ticket, account and event ids', () => {
    expect(problemAfter((file) => (at(file.tickets, 6).id = at(file.tickets, 1).id))).toEqual({
      path: 'tickets[6].id',
      code: 'duplicate-id',
      params: { id: 'T-2026-000002', firstAt: 'tickets[1]' },
      message: 'duplicated id "T-2026-000002" (already used at tickets[1])',
    });
    expect(
      problemAfter((file) => (at(file.accounts, 4).id = at(file.accounts, 0).id)),
    ).toMatchObject({ path: 'accounts[4].id', code: 'duplicate-id' });
    expect(
      problemAfter((file) => {
        const events = at(file.tickets, 4).events;
        at(events, 1).id = at(events, 0).id;
      }),
    ).toMatchObject({
      path: 'tickets[4].events[1].id',
      code: 'duplicate-id',
      params: { firstAt: 'events[0]' },
    });
  });

  it('rejects unknown accounts and regions, and events out of order', () => {
    expect(problemAfter((file) => (at(file.tickets, 0).accountId = 'acc-nobody'))).toMatchObject({
      path: 'tickets[0].accountId',
      code: 'unknown-account',
      params: { id: 'acc-nobody' },
    });
    expect(problemAfter((file) => (at(file.tickets, 0).region = 'mars'))).toEqual({
      path: 'tickets[0].region',
      code: 'unknown-region',
      params: { value: 'mars', known: ['amer', 'emea', 'apac'], policy: 'default' },
      message: 'unknown region "mars": the policy in use ("default") has amer, emea, apac',
    });
    const outOfOrder = problemAfter((file) => {
      const events = at(file.tickets, 4).events;
      [events[0], events[1]] = [at(events, 1), at(events, 0)];
    });
    expect(outOfOrder).toMatchObject({ code: 'events-out-of-order', params: {} });
    expect(outOfOrder.message).toMatch(/time order/);
    expect(
      problemAfter((file) => (at(at(file.tickets, 4).events, 0).at = '2020-01-01T00:00:00Z')),
    ).toMatchObject({ path: 'tickets[4].events[0].at', code: 'event-before-creation' });
  });

  it('checks custom policies: their calendars, and regions against the active one', () => {
    const custom = {
      ...defaultPolicy,
      id: 'custom',
      calendars: {
        ...defaultPolicy.calendars,
        latam: { ...defaultPolicy.calendars.amer, id: 'latam', timeZone: 'America/Sao_Paulo' },
      },
    };
    const withPolicy = (policy: unknown) => (file: Json) => {
      file.policies = [{ updatedAt: '2026-03-01T00:00:00Z', policy }];
      file.settings.activePolicyId = 'custom';
    };
    const good = demoJson();
    withPolicy(custom)(good);
    at(good.tickets, 0).region = 'latam';
    expect(parseExport(JSON.stringify(good)).ok).toBe(true);

    const badZone = {
      ...custom,
      calendars: { ...custom.calendars, latam: { ...custom.calendars.latam, timeZone: 'Mars/X' } },
    };
    expect(problemAfter(withPolicy(badZone))).toEqual({
      path: 'policies[0].policy.calendars.latam.timeZone',
      code: 'invalid-calendar',
      params: { issue: 'unknown-time-zone', value: 'Mars/X' },
      message: 'unknown time zone "Mars/X"',
    });
    expect(problemAfter(withPolicy({ ...custom, id: 'default' }))).toMatchObject({
      path: 'policies[0].policy.id',
      code: 'reserved-policy-id',
      params: { id: 'default' },
    });
    expect(problemAfter((file) => (file.settings.activePolicyId = 'missing'))).toMatchObject({
      path: 'settings.activePolicyId',
      code: 'unknown-policy',
      params: { id: 'missing', builtIn: 'default' },
    });
  });
});

describe('applyImport and exportAll', () => {
  const targets: DbTarget[] = [];
  async function freshDb() {
    const target = freshTarget('import-json');
    targets.push(target);
    return openSlaDb(target.dbName);
  }
  afterEach(async () => {
    for (const target of targets.splice(0)) await dropTarget(target);
  });

  it('writes a whole export, and exports it back identically', async () => {
    const db = await freshDb();
    const data = demoExport(30);
    const counts = await applyImport(db, data, { existingTickets: 'skip' });
    expect(counts).toEqual({
      tickets: { added: 30, replaced: 0, skipped: 0 },
      accounts: { added: data.accounts.length, replaced: 0, skipped: 0 },
      policies: { added: 0, replaced: 0, skipped: 0 },
      settings: true,
    });
    const text = await exportAll(db, NOW_MS);
    expect(parseExport(text)).toEqual({
      ok: true,
      value: { ...data, tickets: byId(data.tickets), accounts: byId(data.accounts) },
    });
  });

  it('skips or replaces tickets whose id is already stored', async () => {
    const db = await freshDb();
    const data = demoExport(10);
    await applyImport(db, data, { existingTickets: 'skip' });
    const renamed = data.tickets.map((ticket) => ({ ...ticket, title: `New: ${ticket.title}` }));
    const extra: TicketRecord = { ...at(data.tickets, 0), id: 'T-extra' };
    const again = { ...data, tickets: [...renamed.slice(0, 4), extra] };

    const skipped = await applyImport(db, again, { existingTickets: 'skip' });
    expect(skipped.tickets).toEqual({ added: 1, replaced: 0, skipped: 4 });
    expect((await db.get('tickets', at(data.tickets, 0).id))?.title).toBe(
      at(data.tickets, 0).title,
    );

    const replaced = await applyImport(db, again, { existingTickets: 'replace' });
    expect(replaced.tickets).toEqual({ added: 0, replaced: 5, skipped: 0 });
    expect((await db.get('tickets', at(data.tickets, 0).id))?.title).toBe(
      `New: ${at(data.tickets, 0).title}`,
    );
    expect(await db.count('tickets')).toBe(11);
  });

  it('writes nothing when a put fails mid-way', async () => {
    const db = await freshDb();
    const before = demoExport(5, 1);
    await applyImport(db, before, { existingTickets: 'skip' });
    const snapshot = await exportAll(db, NOW_MS);

    const next = demoExport(20, 2);
    // A value IndexedDB cannot store (a function cannot be cloned) as the 11th ticket.
    const broken = { ...at(next.tickets, 10), id: 'T-broken', clone: () => 1 };
    const tickets = [
      ...next.tickets.slice(0, 10),
      broken as TicketRecord,
      ...next.tickets.slice(10),
    ];
    const failure: unknown = await applyImport(
      db,
      { ...next, tickets, settings: { ...next.settings, language: 'fr' } },
      { existingTickets: 'replace' },
    ).catch((error: unknown) => error);

    expect(isDbError(failure)).toBe(true);
    expect(await exportAll(db, NOW_MS)).toBe(snapshot);
  });

  it('announces what it wrote to other tabs after the commit', async () => {
    const db = await freshDb();
    const posted: string[] = [];
    const channel = {
      name: 'spy',
      post: (m: { scope: string }) => posted.push(m.scope),
      subscribe: () => () => undefined,
    };
    await applyImport(db, demoExport(3), { existingTickets: 'skip', channel });
    expect(posted).toEqual(['tickets', 'accounts', 'settings']);
  });
});
