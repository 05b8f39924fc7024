import type { MetricStatus } from '../types';
import type { ReplayContext } from './replay-context';
import { type MetricTracker, spansFor } from './metric-tracker';
import { activeTime, dueAfter, dueWithPauses } from './paused-clock';

/** The status of one metric at `nowMs`, after its history has been replayed. */
export function reportMetric(
  tracker: MetricTracker,
  context: ReplayContext,
  nowMs: number,
): MetricStatus {
  const { policy, ticket } = context;
  const committed =
    policy.tiers[ticket.tier].promise === 'sla' && policy.committedMetrics.includes(tracker.metric);
  const base = { metric: tracker.metric };
  const spans = spansFor(tracker, context.pauses);

  if (tracker.ended) {
    const { segment, atMs, dueMs } = tracker.ended;
    const late = dueMs !== null && atMs > dueMs;
    const status: MetricStatus = {
      ...base,
      state: late ? 'breached' : 'met',
      startedAt: new Date(segment.startMs),
      metAt: new Date(atMs),
      breaches: tracker.breaches,
      creditEligible: committed && tracker.breaches > 0,
    };
    if (dueMs !== null) {
      status.dueAt = new Date(dueMs);
      status.remainingMs = late
        ? -activeTime(segment.target, spans, dueMs, atMs)
        : activeTime(segment.target, spans, atMs, dueMs);
      if (late) status.breachedAt = new Date(dueMs);
    }
    return status;
  }

  const segment = tracker.segment;
  if (!segment) {
    return { ...base, state: 'none', breaches: tracker.breaches, creditEligible: false };
  }
  const { target, startMs } = segment;
  const dueMs = dueWithPauses(target, spans, startMs);
  if (dueMs !== null && nowMs > dueMs) {
    const breaches = tracker.breaches + (segment.breachCounted ? 0 : 1);
    return {
      ...base,
      state: 'breached',
      startedAt: new Date(startMs),
      dueAt: new Date(dueMs),
      remainingMs: -activeTime(target, spans, dueMs, nowMs),
      breachedAt: new Date(dueMs),
      breaches,
      creditEligible: committed,
    };
  }
  const status: MetricStatus = {
    ...base,
    state: 'running',
    startedAt: new Date(startMs),
    breaches: tracker.breaches,
    creditEligible: committed && tracker.breaches > 0,
  };
  if (dueMs === null) {
    const remainingMs = target.targetMs - activeTime(target, spans, startMs, nowMs);
    status.state = 'paused';
    status.remainingMs = remainingMs;
    status.dueAt = new Date(dueAfter(target, nowMs, remainingMs));
  } else {
    status.remainingMs = activeTime(target, spans, nowMs, dueMs);
    status.dueAt = new Date(dueMs);
    if (status.remainingMs <= policy.atRiskRatio * target.targetMs) status.state = 'at-risk';
  }
  return status;
}
