import { queryOptions } from '@tanstack/react-query';
import type { TicketRecord } from '../db/records';
import type { TicketFilter } from '../db/tickets-repo';
import { dataSourceOf } from './client-context';

export type { TicketFilter };

/** Query keys for tickets, from generic to specific. Never put `now` in a key. */
export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (filter: TicketFilter = {}) => [...ticketKeys.lists(), filter] as const,
  details: () => [...ticketKeys.all, 'detail'] as const,
  detail: (id: string) => [...ticketKeys.details(), id] as const,
};

const hasFilter = (filter: TicketFilter) =>
  filter.status !== undefined || filter.accountId !== undefined;

export const ticketQueries = {
  /** Tickets, all of them unless filtered (one getAll, or one index read). */
  list: (filter: TicketFilter = {}) =>
    queryOptions({
      queryKey: ticketKeys.list(filter),
      queryFn: ({ client }): Promise<TicketRecord[]> => {
        const { tickets } = dataSourceOf(client);
        return hasFilter(filter) ? tickets.listTicketsWhere(filter) : tickets.listTickets();
      },
    }),
  /** One ticket, or null when there is no ticket with this id. */
  detail: (id: string) =>
    queryOptions({
      queryKey: ticketKeys.detail(id),
      queryFn: async ({ client }): Promise<TicketRecord | null> =>
        (await dataSourceOf(client).tickets.getTicket(id)) ?? null,
    }),
};
