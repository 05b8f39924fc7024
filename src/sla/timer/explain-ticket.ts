import { ALWAYS_OPEN } from '../calendar/always-open';
import { metricPromise } from '../policy/metric-promise';
import type {
  ClockKind,
  MetricId,
  MetricStatus,
  MetricTarget,
  Policy,
  Priority,
  PromiseKind,
  TicketFacts,
} from '../types';
import { buildLedger, type LedgerEntry } from './build-ledger';
import { replayTicket } from './evaluate-ticket';
import { type MetricTracker, type SegmentCause, spansFor } from './metric-tracker';
import { activeTime, dueAfter, dueWithPauses, type PauseSpans } from './paused-clock';
import type { ReplayContext } from './replay-context';
import type { ResolvedTarget } from './resolve-target';
import { reportMetric } from './report-metric';

/** The reasoning behind one metric's due instant: the rule and the ledger of time. */
export interface MetricExplanation {
  metric: MetricId;
  /** The same status evaluateTicket reports. */
  status: MetricStatus;
  /** The priority whose target applies (after priority changes). */
  priority: Priority;
  /** The policy cell behind the target. */
  target: MetricTarget;
  promise: PromiseKind;
  /** The clock the target counts on; 'business' is the region calendar's open hours. */
  clock: ClockKind;
  /** What started the current target, and the priority-change rule when it was a change. */
  cause?: SegmentCause;
  priorityChange?: Policy['priorityChange'];
  /** The target's length on its clock, ms; Σ of 'counted' entries equals it. */
  targetMs?: number;
  /** From the target's start to its due instant (for a paused metric: as if resumed now). */
  ledger: LedgerEntry[];
}

/**
 * Explains each metric's due instant: which policy rule set it, from when, and the ledger of
 * stretches counted and skipped (closed hours, weekends, holidays, pauses). Made by replaying the
 * same history as `evaluateTicket`, so the two never disagree.
 *
 * @returns one explanation per metric, in the order first-response, restoration, update
 */
export function explainTicket(ticket: TicketFacts, policy: Policy, now: Date): MetricExplanation[] {
  const { context, trackers, nowMs } = replayTicket(ticket, policy, now);
  return trackers.map((tracker) => explainMetric(tracker, context, nowMs));
}

/** The due instant of a paused target if the clock started again at `atMs`. */
function dueIfResumed(target: ResolvedTarget, pauses: PauseSpans, startMs: number, atMs: number) {
  return dueAfter(target, atMs, target.targetMs - activeTime(target, pauses, startMs, atMs));
}

function explainMetric(
  tracker: MetricTracker,
  context: ReplayContext,
  nowMs: number,
): MetricExplanation {
  const { policy, ticket } = context;
  const status = reportMetric(tracker, context, nowMs);
  const segment = tracker.ended?.segment ?? tracker.segment;
  const promise = metricPromise(policy, ticket.tier, tracker.metric);
  const priority = segment?.priority ?? ticket.priority;
  const target = policy.tiers[ticket.tier].targets[priority][tracker.metric];
  if (!segment) {
    return { metric: tracker.metric, status, priority, target, promise, clock: '24x7', ledger: [] };
  }

  const resolved = segment.target;
  // A target that ended (met, or stopped by resolution) is explained as it stood then: pauses
  // that began afterwards did not move it.
  const endedAtMs = tracker.ended?.atMs ?? nowMs;
  const pauses: PauseSpans = spansFor(tracker, context.pauses)
    .filter(([from]) => from < endedAtMs)
    .map(([from, to]) => [from, Math.min(to, endedAtMs)]);
  const dueMs = tracker.ended
    ? (tracker.ended.dueMs ?? dueIfResumed(resolved, pauses, segment.startMs, endedAtMs))
    : (dueWithPauses(resolved, spansFor(tracker, context.pauses), segment.startMs) ??
      dueIfResumed(resolved, pauses, segment.startMs, nowMs));
  return {
    metric: tracker.metric,
    status,
    priority,
    target,
    promise,
    clock: resolved.clock === ALWAYS_OPEN ? '24x7' : 'business',
    cause: segment.cause,
    ...(segment.cause === 'priority-change' ? { priorityChange: policy.priorityChange } : {}),
    targetMs: resolved.targetMs,
    ledger: buildLedger(
      resolved.clock === ALWAYS_OPEN ? null : resolved.clock,
      segment.startMs,
      dueMs,
      pauses,
      resolved.targetMs,
    ),
  };
}
