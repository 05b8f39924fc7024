import type { Priority } from '../types';
import { closeSegment, type MetricTracker, spansFor } from './metric-tracker';
import { dueWithPauses } from './paused-clock';
import type { ReplayContext } from './replay-context';
import { resolveTarget } from './resolve-target';

/**
 * Applies a priority change at `atMs` to a metric that is still running (paused included) or had
 * no target. Under 'from-change' the new target counts from the change; under 'from-start' from
 * the metric's original start (creation, or the current update window's start). Paused time stays
 * excluded either way. A metric already breached at the change is not running any more: it keeps
 * its breach (and its breach instant), so the same lateness is never counted twice.
 */
export function retarget(
  tracker: MetricTracker,
  context: ReplayContext,
  priority: Priority,
  atMs: number,
): void {
  if (tracker.ended || tracker.stopped) return;
  const { policy, ticket, region, pauses } = context;
  const spans = spansFor(tracker, pauses);
  const current = tracker.segment;
  if (current) {
    const dueMs = dueWithPauses(current.target, spans, current.startMs);
    if (dueMs !== null && atMs > dueMs) return;
  }
  closeSegment(tracker, pauses, atMs);
  const startMs = policy.priorityChange === 'from-start' ? tracker.originMs : atMs;
  const target = resolveTarget(policy, ticket, region, priority, tracker.metric, startMs);
  if (!target) return;
  const segment = { startMs, target, priority, cause: 'priority-change' as const };
  if (tracker.satisfiedAtMs !== null) {
    // Satisfied while it had no target: the new target finds it already met.
    const dueMs = dueWithPauses(target, spans, startMs);
    tracker.ended = { segment, atMs: tracker.satisfiedAtMs, dueMs };
    return;
  }
  tracker.segment = segment;
}
