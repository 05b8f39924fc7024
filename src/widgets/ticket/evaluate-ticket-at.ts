import type { AccountRecord, TicketRecord } from '../../queries/data-types';
import {
  evaluateTicket,
  toEngineEvents,
  type MetricStatus,
  type Policy,
  type TicketEvent,
  type TicketFacts,
} from '../../sla';

/** What the engine needs of a stored ticket; the account gives its "as agreed" cadences. */
export function ticketFacts(ticket: TicketRecord, account: AccountRecord | undefined): TicketFacts {
  return {
    tier: ticket.tier,
    priority: ticket.priority,
    region: ticket.region,
    createdAt: new Date(ticket.createdAt),
    events: toEngineEvents(ticket.events),
    cadenceOverrides: account?.cadenceOverrides,
  };
}

/**
 * The ticket's metrics at `nowMs`, optionally with `extraEvents` appended (a preview of an
 * action). `nowMs` is a minute-rounded clock reading: never evaluate before the ticket's last
 * write or a previewed event, or the engine would ignore an action taken seconds ago. Null when the active policy has no calendar for the ticket's region (a ticket made
 * under another policy): the screens then show no SLA state rather than failing.
 */
export function evaluateTicketAt(
  ticket: TicketRecord,
  account: AccountRecord | undefined,
  policy: Policy,
  nowMs: number,
  extraEvents: readonly TicketEvent[] = [],
): MetricStatus[] | null {
  if (!Object.hasOwn(policy.calendars, ticket.region)) return null;
  const facts = ticketFacts(ticket, account);
  const atMs = extraEvents.reduce(
    (latest, event) => Math.max(latest, event.at.getTime()),
    Math.max(nowMs, ticket.updatedAt),
  );
  return evaluateTicket(
    { ...facts, events: [...facts.events, ...extraEvents] },
    policy,
    new Date(atMs),
  );
}
