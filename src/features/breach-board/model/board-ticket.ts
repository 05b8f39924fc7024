import type { AccountRecord, TicketRecord } from '../../../queries/data-types';
import {
  forecastTicket,
  METRIC_IDS,
  metricPromise,
  toEngineEvents,
  type ClockKind,
  type MetricForecast,
  type MetricId,
  type Policy,
  type PromiseKind,
  type TicketFacts,
} from '../../../sla';

/** One metric of a ticket as the board needs it: the forecast and what kind of promise it is. */
export interface BoardMetric {
  metric: MetricId;
  forecast: MetricForecast;
  promise: PromiseKind;
  /** The clock its target runs on; null when the metric has no target. */
  clock: ClockKind | null;
}

/** A ticket with its forecasts, computed once per data change (never per tick). */
export interface BoardTicket {
  ticket: TicketRecord;
  accountName: string | undefined;
  /** The kind of promise the ticket's plan makes (target, SLO or SLA). */
  tierPromise: PromiseKind;
  regionName: string;
  /** IANA zone of the ticket's region, when the policy knows the region. */
  timeZone: string | undefined;
  /** Lower-case id, title and account name, for the free-text filter. */
  searchText: string;
  /** In METRIC_IDS order; null when the policy has no calendar for the ticket's region. */
  metrics: readonly BoardMetric[] | null;
}

function ticketFacts(ticket: TicketRecord, account: AccountRecord | undefined): TicketFacts {
  return {
    tier: ticket.tier,
    priority: ticket.priority,
    region: ticket.region,
    createdAt: new Date(ticket.createdAt),
    events: toEngineEvents(ticket.events),
    cadenceOverrides: account?.cadenceOverrides,
  };
}

function clockOf(policy: Policy, ticket: TicketRecord, metric: MetricId): ClockKind | null {
  const target = policy.tiers[ticket.tier].targets[ticket.currentPriority][metric];
  switch (target.kind) {
    case 'none':
      return null;
    case 'next-business-day':
      return 'business';
    case 'duration':
    case 'cadence':
      return target.clock;
  }
}

/**
 * Every ticket with its forecast at `atMs` (or at its last write, if later: an action taken
 * seconds ago must count). Call once per change of tickets, accounts or policy.
 */
export function buildBoardTickets(
  tickets: readonly TicketRecord[],
  accounts: ReadonlyMap<string, AccountRecord>,
  policy: Policy,
  atMs: number,
  nameRegion: (regionId: string) => string = (regionId) =>
    policy.calendars[regionId]?.name ?? regionId,
): BoardTicket[] {
  return tickets.map((ticket) => {
    const account = accounts.get(ticket.accountId);
    const calendar = Object.hasOwn(policy.calendars, ticket.region)
      ? policy.calendars[ticket.region]
      : undefined;
    const forecasts = calendar
      ? forecastTicket(
          ticketFacts(ticket, account),
          policy,
          new Date(Math.max(atMs, ticket.updatedAt)),
        )
      : null;
    return {
      ticket,
      accountName: account?.name,
      tierPromise: policy.tiers[ticket.tier].promise,
      regionName: nameRegion(ticket.region),
      timeZone: calendar?.timeZone,
      searchText: `${ticket.id} ${ticket.title} ${account?.name ?? ''}`.toLowerCase(),
      metrics:
        forecasts?.map((forecast, index) => {
          const metric = METRIC_IDS[index] ?? forecast.status.metric;
          return {
            metric,
            forecast,
            promise: metricPromise(policy, ticket.tier, metric),
            clock: clockOf(policy, ticket, metric),
          };
        }) ?? null,
    };
  });
}
