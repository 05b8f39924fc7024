import { useMemo } from 'react';
import type { AccountRecord, TicketRecord } from '../../../queries/data-types';
import { explainTicket, type MetricExplanation, type Policy } from '../../../sla';
import { ticketFacts } from '../../../widgets/ticket/evaluate-ticket-at';

/**
 * `explainTicket` for the panel's ticket, at `atMs` (a minute-rounded clock reading, or the
 * ticket's last write if later): recomputed when the data change and once a minute, never per
 * second. Null when the policy has no calendar for the ticket's region.
 */
export function useTicketExplanation(
  ticket: TicketRecord,
  account: AccountRecord | undefined,
  policy: Policy,
  atMs: number,
): MetricExplanation[] | null {
  return useMemo(() => {
    if (!Object.hasOwn(policy.calendars, ticket.region)) return null;
    const at = new Date(Math.max(atMs, ticket.updatedAt));
    return explainTicket(ticketFacts(ticket, account), policy, at);
  }, [ticket, account, policy, atMs]);
}
