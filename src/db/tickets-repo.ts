/**
 * Tickets in IndexedDB. Every action is one readwrite transaction: read the ticket, check the
 * action against the rules of src/sla, append its events, refresh the denormalised fields, put.
 */
import {
  checkTicketAction,
  eventsForAction,
  ticketState,
  type Priority,
  type StoredTicketEvent,
  type TicketAction,
  type TicketLifecycle,
} from '../sla';
import { readFrom, writeTo, inTransaction, appDbTarget, type DbTarget } from './db-target';
import type { SlaDatabase } from './open-db';
import type { Author, EventRecord, TicketRecord, TriageRecommendation } from './records';
import { MissingRecordError, RefusedWriteError } from './repo-errors';
import { nextSequentialId } from './sequential-id';
import { TICKET_INDEXES } from './schema';

export interface NewTicketInput {
  accountId: string;
  title: string;
  description: string;
  priority: Priority;
  recommendation?: TriageRecommendation;
}

/** Narrows a list; each field is optional. */
export interface TicketFilter {
  status?: TicketLifecycle;
  accountId?: string;
}

export interface TicketsRepo {
  /** Every ticket, in id order (one getAll). */
  listTickets(): Promise<TicketRecord[]>;
  /** Tickets matching `filter`, read through an index. */
  listTicketsWhere(filter: TicketFilter): Promise<TicketRecord[]>;
  getTicket(id: string): Promise<TicketRecord | undefined>;
  /**
   * Creates a ticket with a new id "T-<year>-<6 digits>", the account's tier and region copied.
   * Refuses an empty title (RefusedWriteError) and an unknown account (MissingRecordError).
   */
  createTicket(input: NewTicketInput, nowMs: number): Promise<TicketRecord>;
  /**
   * Applies `action` at `nowMs` (moved up to the last event's instant if the clock is behind,
   * so events stay in time order). Refuses illegal actions with RefusedWriteError, writing
   * nothing.
   */
  appendTicketAction(
    id: string,
    action: TicketAction,
    nowMs: number,
    author: Author,
  ): Promise<TicketRecord>;
}

export function createTicketsRepo(target: DbTarget = appDbTarget()): TicketsRepo {
  return {
    listTickets: () => readFrom(target, (db) => db.getAll('tickets')),
    listTicketsWhere: (filter) => readFrom(target, (db) => listWhere(db, filter)),
    getTicket: (id) => readFrom(target, (db) => db.get('tickets', id)),
    createTicket: (input, nowMs) =>
      writeTo(
        target,
        (db) => createTicket(db, input, checkInstant(nowMs)),
        (ticket) => ({ scope: 'tickets', ids: [ticket.id] }),
      ),
    appendTicketAction: (id, action, nowMs, author) =>
      writeTo(
        target,
        (db) => appendAction(db, id, action, checkInstant(nowMs), checkAuthor(author)),
        (ticket) => ({ scope: 'tickets', ids: [ticket.id] }),
      ),
  };
}

async function listWhere(db: SlaDatabase, filter: TicketFilter): Promise<TicketRecord[]> {
  const { status, accountId } = filter;
  if (status !== undefined) {
    const tickets = await db.getAllFromIndex('tickets', TICKET_INDEXES.byStatus, status);
    return accountId === undefined ? tickets : tickets.filter((t) => t.accountId === accountId);
  }
  if (accountId !== undefined) {
    return db.getAllFromIndex('tickets', TICKET_INDEXES.byAccount, accountId);
  }
  return db.getAll('tickets');
}

function createTicket(db: SlaDatabase, input: NewTicketInput, nowMs: number) {
  const title = input.title.trim();
  if (title === '') throw new RefusedWriteError('empty-title', 'A ticket needs a title.');
  const tx = db.transaction(['tickets', 'accounts'], 'readwrite');
  return inTransaction(tx, async () => {
    const account = await tx.objectStore('accounts').get(input.accountId);
    if (!account) throw new MissingRecordError('account', input.accountId);
    const tickets = tx.objectStore('tickets');
    const year = new Date(nowMs).getUTCFullYear();
    const ticket: TicketRecord = {
      id: await nextSequentialId(tickets, `T-${String(year)}-`),
      title,
      description: input.description.trim(),
      accountId: account.id,
      tier: account.tier,
      priority: input.priority,
      region: account.region,
      createdAt: nowMs,
      status: 'open',
      currentPriority: input.priority,
      ...(input.recommendation ? { recommendation: input.recommendation } : {}),
      events: [],
      updatedAt: nowMs,
    };
    // add, not put: an id collision fails instead of overwriting.
    await tickets.add(ticket);
    return ticket;
  });
}

function appendAction(
  db: SlaDatabase,
  id: string,
  action: TicketAction,
  nowMs: number,
  author: Author,
) {
  const tx = db.transaction('tickets', 'readwrite');
  return inTransaction(tx, async () => {
    const ticket = await tx.store.get(id);
    if (!ticket) throw new MissingRecordError('ticket', id);
    const state = ticketState(ticket);
    const problem = checkTicketAction(state, action);
    if (problem) {
      throw new RefusedWriteError(problem, `Action "${action.type}" refused: ${problem}.`);
    }
    const atMs = Math.max(nowMs, state.lastEventAt ?? ticket.createdAt);
    let sequence = lastEventNumber(ticket.events);
    const appended = eventsForAction(state, action, atMs).map((event, index, all) =>
      toEventRecord(event, action, `e${String(++sequence)}`, author, index === all.length - 1),
    );
    const events = [...ticket.events, ...appended];
    const next = ticketState({ priority: ticket.priority, events });
    const updated: TicketRecord = {
      ...ticket,
      events,
      status: next.lifecycle,
      currentPriority: next.priority,
      updatedAt: atMs,
    };
    await tx.store.put(updated);
    return updated;
  });
}

/** The highest n of the "e<n>" event ids (0 when none). */
function lastEventNumber(events: readonly EventRecord[]): number {
  let last = 0;
  for (const event of events) {
    const match = /^e(\d+)$/.exec(event.id);
    if (match?.[1] !== undefined) last = Math.max(last, Number(match[1]));
  }
  return last;
}

/** A stored event with who and what; the action's optional message goes on its last event. */
function toEventRecord(
  event: StoredTicketEvent,
  action: TicketAction,
  id: string,
  author: Author,
  carriesMessage: boolean,
): EventRecord {
  const base = { id, at: event.at, author };
  const text = 'message' in action ? action.message?.trim() : undefined;
  const message = carriesMessage && text ? { message: text } : {};
  switch (event.type) {
    case 'reply':
    case 'note':
      return { ...base, type: event.type, message: text ?? '' };
    case 'priority':
      return {
        ...base,
        type: 'priority',
        to: event.to,
        reason: action.type === 'change-priority' ? action.reason.trim() : '',
      };
    case 'status':
      return { ...base, type: 'status', to: event.to, ...message };
    case 'restored':
    case 'resolved':
    case 'reopened':
      return { ...base, type: event.type, ...message };
  }
}

function checkInstant(nowMs: number): number {
  if (!Number.isFinite(nowMs)) throw new RangeError(`Expected epoch ms, got ${String(nowMs)}.`);
  return nowMs;
}

function checkAuthor(author: Author): Author {
  const name = author.trim();
  if (name === '') throw new RangeError('An action needs an author.');
  return name;
}
