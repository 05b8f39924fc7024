import type { AccountRecord, EventRecord, TicketRecord } from '../../queries/data-types';
import type { Priority, TierId } from '../../sla';

/** Test data for the board's tests: a Premier+ account in EMEA and tickets of it. */
export const testAccount: AccountRecord = {
  id: 'acc-1',
  name: 'Globex',
  tier: 'premier-plus',
  region: 'emea',
};

interface TicketOptions {
  id: string;
  createdAt: number;
  priority?: Priority;
  tier?: TierId;
  title?: string;
  events?: EventRecord[];
}

export function testTicket({
  id,
  createdAt,
  priority = 'P1',
  tier = 'premier-plus',
  title = `Ticket ${id}`,
  events = [],
}: TicketOptions): TicketRecord {
  const isWaiting = events.some((event) => event.type === 'status');
  return {
    id,
    title,
    description: '',
    accountId: testAccount.id,
    tier,
    priority,
    region: 'emea',
    createdAt,
    status: isWaiting ? 'waiting-on-customer' : 'open',
    currentPriority: priority,
    events,
    updatedAt: events.at(-1)?.at ?? createdAt,
  };
}

/** A reply then "waiting on customer": restoration and update pause. */
export function waitingEvents(atMs: number): EventRecord[] {
  return [
    { id: 'e1', at: atMs, author: 'Ana', type: 'reply', message: 'On it' },
    { id: 'e2', at: atMs, author: 'Ana', type: 'status', to: 'waiting-on-customer' },
  ];
}
