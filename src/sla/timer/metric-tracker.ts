import type { MetricId, Priority } from '../types';
import { dueWithPauses, type PauseSpans } from './paused-clock';
import type { ResolvedTarget } from './resolve-target';

/** What started a segment: creation, a priority change, an update (new window), a reopen. */
export type SegmentCause = 'created' | 'priority-change' | 'update' | 'reopened';

/** The current target of a metric (for 'update', the current window). */
export interface Segment {
  startMs: number;
  target: ResolvedTarget;
  /** The priority whose target this is. */
  priority: Priority;
  cause: SegmentCause;
}

/** A metric's life so far, replayed event by event. */
export interface MetricTracker {
  metric: MetricId;
  /** Whether the ticket's waiting status stops this metric's clock. */
  pauses: boolean;
  /** The running target, or null when there is none (no target, met, or stopped). */
  segment: Segment | null;
  /** The segment that ended (met, or stopped by resolution), for reporting. */
  ended: { segment: Segment; atMs: number; dueMs: number | null } | null;
  /** Where a 'from-start' re-target counts from: creation, or the current update window's start. */
  originMs: number;
  /** The update cadence stopped because the ticket was resolved. */
  stopped: boolean;
  /** When the metric's satisfying event happened (first response, restoration). */
  satisfiedAtMs: number | null;
  breaches: number;
}

export function newTracker(metric: MetricId, pauses: boolean, originMs: number): MetricTracker {
  return {
    metric,
    pauses,
    segment: null,
    ended: null,
    satisfiedAtMs: null,
    breaches: 0,
    originMs,
    stopped: false,
  };
}

/** Pause spans that apply to a tracker: none when its clock never stops. */
export function spansFor(tracker: MetricTracker, pauses: PauseSpans): PauseSpans {
  return tracker.pauses ? pauses : [];
}

/**
 * Ends the running segment at `atMs` (a satisfying event, a window closed by an update, or a
 * re-target). Counts its breach once when the deadline passed before `atMs`. Returns the due
 * instant (null while paused) and whether it was breached.
 */
export function closeSegment(tracker: MetricTracker, pauses: PauseSpans, atMs: number) {
  const segment = tracker.segment;
  if (!segment) return null;
  const dueMs = dueWithPauses(segment.target, spansFor(tracker, pauses), segment.startMs);
  const breached = dueMs !== null && atMs > dueMs;
  if (breached) tracker.breaches++;
  tracker.segment = null;
  return { segment, dueMs, breached };
}

/** Ends the running segment because its satisfying event happened at `atMs`. */
export function satisfySegment(tracker: MetricTracker, pauses: PauseSpans, atMs: number): void {
  const closed = closeSegment(tracker, pauses, atMs);
  if (closed) tracker.ended = { segment: closed.segment, atMs, dueMs: closed.dueMs };
}
