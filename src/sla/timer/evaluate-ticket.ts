import type { MetricId, MetricStatus, Policy, Priority, TicketEvent, TicketFacts } from '../types';
import {
  closeSegment,
  type MetricTracker,
  newTracker,
  satisfySegment,
  type SegmentCause,
} from './metric-tracker';
import { reportMetric } from './report-metric';
import type { ReplayContext } from './replay-context';
import { resolveTarget } from './resolve-target';
import { retarget } from './retarget';
import { sortedEvents } from './sorted-events';

/** A ticket's history replayed up to `now`: one tracker per metric, in MetricId order. */
export interface Replay {
  context: ReplayContext;
  trackers: [MetricTracker, MetricTracker, MetricTracker];
  nowMs: number;
}

/**
 * Replays a ticket's history up to `now` and reports the state of each metric.
 *
 * @param ticket - the ticket's tier, priority at creation, region, creation and events
 * @param policy - the support policy (targets, clocks, pausing, priority-change rule)
 * @param now - the instant of evaluation; events after it are ignored
 * @returns one status per metric, in the order first-response, restoration, update
 * @example
 * // A Premier P1 in EMEA created at 10:00 Paris time, evaluated at 10:30: 30 min left
 * evaluateTicket({ tier: 'premier', priority: 'P1', region: 'emea',
 *   createdAt: new Date('2026-03-10T10:00:00+01:00'), events: [] },
 *   defaultPolicy, new Date('2026-03-10T10:30:00+01:00'))[0].remainingMs // 1_800_000
 */
export function evaluateTicket(ticket: TicketFacts, policy: Policy, now: Date): MetricStatus[] {
  const { context, trackers, nowMs } = replayTicket(ticket, policy, now);
  return [
    reportMetric(trackers[0], context, nowMs),
    reportMetric(trackers[1], context, nowMs),
    reportMetric(trackers[2], context, nowMs),
  ];
}

/** Replays the events up to `now` (shared by evaluateTicket and explainTicket). */
export function replayTicket(ticket: TicketFacts, policy: Policy, now: Date): Replay {
  const region = policy.calendars[ticket.region];
  if (!region) throw new RangeError(`unknown region "${ticket.region}" for this policy`);
  const createdMs = ticket.createdAt.getTime();
  const nowMs = now.getTime();
  if (Number.isNaN(createdMs) || Number.isNaN(nowMs)) throw new RangeError('invalid date');
  const context: ReplayContext = { policy, ticket, region, createdMs, pauses: [] };
  let priority: Priority = ticket.priority;
  const firstResponse = track(context, priority, 'first-response');
  const restoration = track(context, priority, 'restoration');
  const update = track(context, priority, 'update');
  const trackers = [firstResponse, restoration, update];
  let waitingSince: number | null = null;

  const timeline = sortedEvents(ticket.events, createdMs, nowMs);
  for (let i = 0; i < timeline.events.length; i++) {
    const event = timeline.events[i] as TicketEvent;
    const at = timeline.times[i] ?? createdMs;
    switch (event.type) {
      case 'reply':
        satisfy(firstResponse, context, at);
        if (!update.stopped) openWindow(update, context, priority, at, 'update');
        break;
      case 'restored':
        satisfy(restoration, context, at);
        break;
      case 'resolved':
        satisfy(restoration, context, at);
        if (!update.stopped) {
          satisfySegment(update, context.pauses, at);
          update.stopped = true;
        }
        break;
      case 'reopened':
        if (update.stopped) {
          update.stopped = false;
          update.ended = null;
          openWindow(update, context, priority, at, 'reopened');
        }
        break;
      case 'status':
        if (event.to === 'waiting-on-customer' && waitingSince === null) {
          waitingSince = at;
          context.pauses.push([at, Infinity]);
        } else if (event.to === 'open' && waitingSince !== null) {
          waitingSince = null;
          const open = context.pauses[context.pauses.length - 1];
          if (open) open[1] = at;
        }
        break;
      case 'priority':
        if (event.to !== priority) {
          priority = event.to;
          for (const tracker of trackers) retarget(tracker, context, priority, at);
        }
        break;
      case 'note':
        break;
    }
  }
  return { context, trackers: [firstResponse, restoration, update], nowMs };
}

/** A metric's tracker at creation, with its first target when the tier has one. */
function track(context: ReplayContext, priority: Priority, metric: MetricId): MetricTracker {
  const { policy, ticket, region, createdMs } = context;
  const pauses = policy.pausedBy[metric].includes('waiting-on-customer');
  const tracker = newTracker(metric, pauses, createdMs);
  const target = resolveTarget(policy, ticket, region, priority, metric, createdMs);
  if (target) tracker.segment = { startMs: createdMs, target, priority, cause: 'created' };
  return tracker;
}

/** The metric's satisfying event (first response, restoration); only the first one counts. */
function satisfy(tracker: MetricTracker, context: ReplayContext, atMs: number): void {
  if (tracker.satisfiedAtMs !== null) return;
  tracker.satisfiedAtMs = atMs;
  satisfySegment(tracker, context.pauses, atMs);
}

/** Closes the current update window at `atMs` (met if on time) and opens the next one. */
function openWindow(
  tracker: MetricTracker,
  context: ReplayContext,
  priority: Priority,
  atMs: number,
  cause: SegmentCause,
): void {
  closeSegment(tracker, context.pauses, atMs);
  tracker.originMs = atMs;
  const { policy, ticket, region } = context;
  const target = resolveTarget(policy, ticket, region, priority, tracker.metric, atMs);
  tracker.segment = target ? { startMs: atMs, target, priority, cause } : null;
}
