import { addBusinessMs } from '../calendar/add-business-time';
import type { MetricStatus, Policy, TicketFacts } from '../types';
import { replayTicket } from './evaluate-ticket';
import { reportMetric } from './report-metric';

/** A metric's status now and the instants at which it will change state if nothing happens. */
export interface MetricForecast {
  /** The same status evaluateTicket reports at `now`. */
  status: MetricStatus;
  /** When a running metric turns at-risk (absent unless the state is 'running'). */
  atRiskAt?: Date;
  /** When a running or at-risk metric breaches: the first instant after its due instant. */
  breachesAfter?: Date;
}

/**
 * The status of each metric at `now`, with the instants at which each would turn at-risk and then
 * breached if no event happened. Between two such instants the states do not change, so a live
 * board can compute this once per data change and, on each tick, only compare `now` with them.
 *
 * @returns one forecast per metric, in the order first-response, restoration, update
 * @example
 * // Premier P1 created 10:00 Paris, at 10:05: at risk from 10:45, breached after 11:00
 * forecastTicket(ticket, defaultPolicy, new Date('2026-03-10T10:05:00+01:00'))[0].atRiskAt
 */
export function forecastTicket(ticket: TicketFacts, policy: Policy, now: Date): MetricForecast[] {
  const { context, trackers, nowMs } = replayTicket(ticket, policy, now);
  return trackers.map((tracker) => {
    const status = reportMetric(tracker, context, nowMs);
    const segment = tracker.segment;
    if (!segment || !status.dueAt || (status.state !== 'running' && status.state !== 'at-risk')) {
      return { status };
    }
    const breachesAfter = status.dueAt;
    if (status.state === 'at-risk') return { status, breachesAfter };
    const { target } = segment;
    const untilAtRisk = (status.remainingMs ?? 0) - policy.atRiskRatio * target.targetMs;
    const atRiskMs = addBusinessMs(target.clock, nowMs, Math.max(0, Math.ceil(untilAtRisk)));
    return {
      status,
      atRiskAt: new Date(Math.min(atRiskMs, breachesAfter.getTime())),
      breachesAfter,
    };
  });
}
