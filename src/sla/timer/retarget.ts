import type { Priority } from '../types';
import type { ReplayContext } from './replay-context';
import { closeSegment, type MetricTracker, spansFor } from './metric-tracker';
import { dueWithPauses } from './paused-clock';
import { resolveTarget } from './resolve-target';

/**
 * Applies a priority change at `atMs` to a metric that is still running (or had no target).
 * Under 'from-change' the new target counts from the change; under 'from-start' from the metric's
 * original start (creation, or the current update window's start). Paused time stays excluded.
 * A breach already incurred stays counted and is not counted again if it simply carries on.
 */
export function retarget(
  tracker: MetricTracker,
  context: ReplayContext,
  priority: Priority,
  atMs: number,
): void {
  if (tracker.ended || tracker.stopped) return;
  const { policy, ticket, region, pauses } = context;
  const previous = closeSegment(tracker, pauses, atMs);
  const startMs = policy.priorityChange === 'from-start' ? tracker.originMs : atMs;
  const target = resolveTarget(policy, ticket, region, priority, tracker.metric, startMs);
  if (!target) return;
  const segment = { startMs, target, breachCounted: false };
  if (tracker.satisfiedAtMs !== null) {
    // Satisfied while it had no target: the new target finds it already met.
    const dueMs = dueWithPauses(target, spansFor(tracker, pauses), startMs);
    tracker.ended = { segment, atMs: tracker.satisfiedAtMs, dueMs };
    return;
  }
  if (previous?.breached) {
    const dueMs = dueWithPauses(target, spansFor(tracker, pauses), startMs);
    segment.breachCounted = dueMs !== null && atMs > dueMs;
  }
  tracker.segment = segment;
}
