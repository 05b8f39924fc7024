import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useClock } from '../clock/use-clock';
import type { Author } from '../db/records';
import type { NewTicketInput } from '../db/tickets-repo';
import type { TicketAction } from '../sla';
import { dataSourceOf } from './client-context';
import { mutationMeta, type MutationHookOptions } from './data-error-sink';
import { ticketKeys } from './ticket-queries';

export type { NewTicketInput };

export interface TicketActionVariables {
  ticketId: string;
  action: TicketAction;
  /** Who acts: the agent's name. */
  author: Author;
}

/** Creates a ticket at the clock's now; refreshes every ticket query. */
export function useCreateTicket(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  const clock = useClock();
  return useMutation({
    mutationKey: [...ticketKeys.all, 'create'],
    scope: { id: 'tickets' },
    meta: mutationMeta(options),
    mutationFn: (input: NewTicketInput) =>
      dataSourceOf(client).tickets.createTicket(input, clock.now()),
    onSuccess: () => client.invalidateQueries({ queryKey: ticketKeys.all }),
  });
}

/**
 * Applies a ticket action at the clock's now (reply, note, wait, resume, priority change,
 * restore, resolve, reopen). An illegal action fails with a refusal (see describeDataError).
 */
export function useTicketAction(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  const clock = useClock();
  return useMutation({
    mutationKey: [...ticketKeys.all, 'action'],
    scope: { id: 'tickets' },
    meta: mutationMeta(options),
    mutationFn: ({ ticketId, action, author }: TicketActionVariables) =>
      dataSourceOf(client).tickets.appendTicketAction(ticketId, action, clock.now(), author),
    onSuccess: () => client.invalidateQueries({ queryKey: ticketKeys.all }),
  });
}
