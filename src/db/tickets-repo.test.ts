import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccountsRepo } from './accounts-repo';
import type { DbTarget } from './db-target';
import { isDbError } from './db-errors';
import { openSlaDb } from './open-db';
import type { TicketRecord } from './records';
import { MissingRecordError, RefusedWriteError } from './repo-errors';
import { dropTarget, freshTarget } from './test-target';
import { createTicketsRepo, type TicketsRepo } from './tickets-repo';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;

let target: DbTarget;
let repo: TicketsRepo;

beforeEach(async () => {
  target = freshTarget('tickets');
  repo = createTicketsRepo(target);
  const accounts = createAccountsRepo(target);
  await accounts.createAccount({ id: 'acme', name: 'Acme', tier: 'premier', region: 'emea' });
  await accounts.createAccount({ id: 'globex', name: 'Globex', tier: 'standard', region: 'amer' });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await dropTarget(target);
});

const newTicket = (accountId = 'acme') => ({
  accountId,
  title: '  VPN down  ',
  description: 'Nobody can connect',
  priority: 'P2' as const,
});

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('createTicket', () => {
  it('stores a ticket that reads back identical, tier and region copied from the account', async () => {
    const created = await repo.createTicket(
      { ...newTicket(), recommendation: { priority: 'P1', summary: 'Outage' } },
      T0,
    );

    expect(created).toEqual({
      id: 'T-2026-000001',
      title: 'VPN down',
      description: 'Nobody can connect',
      accountId: 'acme',
      tier: 'premier',
      priority: 'P2',
      region: 'emea',
      createdAt: T0,
      status: 'open',
      currentPriority: 'P2',
      recommendation: { priority: 'P1', summary: 'Outage' },
      events: [],
      updatedAt: T0,
    });
    expect(await repo.getTicket(created.id)).toEqual(created);
    expect(await repo.listTickets()).toEqual([created]);
  });

  it('gives each new ticket a new id, also when created at the same time', async () => {
    const tickets = await Promise.all([
      repo.createTicket(newTicket(), T0),
      repo.createTicket(newTicket('globex'), T0),
      repo.createTicket(newTicket(), T0),
    ]);
    expect(tickets.map((ticket) => ticket.id)).toEqual([
      'T-2026-000001',
      'T-2026-000002',
      'T-2026-000003',
    ]);
    expect(tickets[1]).toMatchObject({ tier: 'standard', region: 'amer' });
  });

  it('numbers tickets per year of creation', async () => {
    await repo.createTicket(newTicket(), T0);
    const next = await repo.createTicket(newTicket(), Date.parse('2027-01-01T00:00:00Z'));
    expect(next.id).toBe('T-2027-000001');
  });

  it('refuses an empty title or an unknown account, writing nothing', async () => {
    const blank = await refusal(repo.createTicket({ ...newTicket(), title: '  ' }, T0));
    expect(blank).toBeInstanceOf(RefusedWriteError);
    expect((blank as RefusedWriteError).problem).toBe('empty-title');

    const unknown = await refusal(repo.createTicket(newTicket('nobody'), T0));
    expect(unknown).toBeInstanceOf(MissingRecordError);
    expect(unknown).toMatchObject({ entity: 'account', id: 'nobody' });
    expect(await repo.listTickets()).toEqual([]);
  });
});

describe('appendTicketAction', () => {
  let ticket: TicketRecord;
  beforeEach(async () => {
    ticket = await repo.createTicket(newTicket(), T0);
  });

  it('appends events with ids, authors and messages, and keeps status and priority in step', async () => {
    await repo.appendTicketAction(
      ticket.id,
      { type: 'reply', message: ' On it ' },
      T0 + MINUTE,
      'ana',
    );
    await repo.appendTicketAction(ticket.id, { type: 'wait-on-customer' }, T0 + 2 * MINUTE, 'ana');
    const changed = await repo.appendTicketAction(
      ticket.id,
      { type: 'change-priority', to: 'P1', reason: 'Outage confirmed' },
      T0 + 3 * MINUTE,
      'bo',
    );

    expect(changed.events).toEqual([
      { id: 'e1', at: T0 + MINUTE, author: 'ana', type: 'reply', message: 'On it' },
      { id: 'e2', at: T0 + 2 * MINUTE, author: 'ana', type: 'status', to: 'waiting-on-customer' },
      {
        id: 'e3',
        at: T0 + 3 * MINUTE,
        author: 'bo',
        type: 'priority',
        to: 'P1',
        reason: 'Outage confirmed',
      },
    ]);
    expect(changed).toMatchObject({
      status: 'waiting-on-customer',
      currentPriority: 'P1',
      priority: 'P2',
      updatedAt: T0 + 3 * MINUTE,
    });
    expect(await repo.getTicket(ticket.id)).toEqual(changed);
  });

  it('ends the wait when resolving a waiting ticket, with the message on the resolution', async () => {
    await repo.appendTicketAction(ticket.id, { type: 'wait-on-customer' }, T0 + MINUTE, 'ana');
    const resolved = await repo.appendTicketAction(
      ticket.id,
      { type: 'resolve', message: 'No answer for a week' },
      T0 + 2 * MINUTE,
      'ana',
    );
    expect(resolved.events.slice(1)).toEqual([
      { id: 'e2', at: T0 + 2 * MINUTE, author: 'ana', type: 'status', to: 'open' },
      {
        id: 'e3',
        at: T0 + 2 * MINUTE,
        author: 'ana',
        type: 'resolved',
        message: 'No answer for a week',
      },
    ]);
    expect(resolved.status).toBe('resolved');
    const reopened = await repo.appendTicketAction(
      ticket.id,
      { type: 'reopen' },
      T0 + 3 * MINUTE,
      'ana',
    );
    expect(reopened.status).toBe('open');
  });

  it('refuses an illegal action with its problem code and writes nothing', async () => {
    await repo.appendTicketAction(ticket.id, { type: 'resolve' }, T0 + MINUTE, 'ana');
    const before = await repo.getTicket(ticket.id);
    const posted = vi.spyOn(target.channel, 'post');

    const error = await refusal(
      repo.appendTicketAction(ticket.id, { type: 'reply', message: 'Hi' }, T0 + 2 * MINUTE, 'ana'),
    );

    expect(error).toBeInstanceOf(RefusedWriteError);
    expect((error as RefusedWriteError).problem).toBe('resolved-needs-reopen');
    expect(await repo.getTicket(ticket.id)).toEqual(before);
    expect(posted).not.toHaveBeenCalled();
  });

  it('refuses an action on a ticket that does not exist', async () => {
    const error = await refusal(repo.appendTicketAction('T-0', { type: 'resolve' }, T0, 'ana'));
    expect(error).toMatchObject({ entity: 'ticket', id: 'T-0' });
  });

  it('reads, checks and writes in one readwrite transaction', async () => {
    const db = await openSlaDb(target.dbName);
    const transaction = vi.spyOn(db, 'transaction');

    await repo.appendTicketAction(ticket.id, { type: 'reply', message: 'Hi' }, T0 + MINUTE, 'ana');

    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction).toHaveBeenCalledWith('tickets', 'readwrite');
  });

  it('loses no event when two actions race on the same ticket', async () => {
    await Promise.all([
      repo.appendTicketAction(ticket.id, { type: 'reply', message: 'A' }, T0 + MINUTE, 'ana'),
      repo.appendTicketAction(ticket.id, { type: 'note', message: 'B' }, T0 + MINUTE, 'bo'),
      repo.appendTicketAction(ticket.id, { type: 'wait-on-customer' }, T0 + MINUTE, 'cy'),
    ]);
    const stored = await repo.getTicket(ticket.id);
    expect(stored?.events.map((event) => [event.id, event.type])).toEqual([
      ['e1', 'reply'],
      ['e2', 'note'],
      ['e3', 'status'],
    ]);
  });

  it('keeps events in time order when the clock is behind the last event', async () => {
    await repo.appendTicketAction(
      ticket.id,
      { type: 'reply', message: 'A' },
      T0 + 5 * MINUTE,
      'ana',
    );
    const later = await repo.appendTicketAction(
      ticket.id,
      { type: 'note', message: 'B' },
      T0 + MINUTE,
      'bo',
    );
    expect(later.events.map((event) => event.at)).toEqual([T0 + 5 * MINUTE, T0 + 5 * MINUTE]);
  });

  it('reports a full disk as a quota DbError and writes nothing', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const error = await refusal(
      repo.appendTicketAction(ticket.id, { type: 'reply', message: 'Hi' }, T0 + MINUTE, 'ana'),
    );

    expect(isDbError(error) && error.kind).toBe('quota');
    put.mockRestore();
    expect((await repo.getTicket(ticket.id))?.events).toEqual([]);
  });
});

describe('listTicketsWhere', () => {
  it('reads by status and by account through the indexes', async () => {
    const a = await repo.createTicket(newTicket('acme'), T0);
    const b = await repo.createTicket(newTicket('globex'), T0);
    await repo.appendTicketAction(b.id, { type: 'resolve' }, T0 + MINUTE, 'ana');

    expect((await repo.listTicketsWhere({ status: 'open' })).map((t) => t.id)).toEqual([a.id]);
    expect((await repo.listTicketsWhere({ accountId: 'globex' })).map((t) => t.id)).toEqual([b.id]);
    expect(await repo.listTicketsWhere({ status: 'resolved', accountId: 'acme' })).toEqual([]);
    expect(await repo.listTicketsWhere({})).toHaveLength(2);
  });
});
