import { ALWAYS_OPEN } from '../calendar/always-open';
import { businessMsBetween } from '../calendar/business-time-between';
import { nextBusinessDayEndMs } from '../calendar/next-business-day-end';
import type { BusinessCalendar, MetricId, Policy, Priority, TicketFacts } from '../types';

/** A metric's target made concrete for one ticket, from one start instant. */
export interface ResolvedTarget {
  /** The clock the target counts on: ALWAYS_OPEN for 24×7, else the region calendar. */
  clock: BusinessCalendar;
  /** Target length on that clock, ms. */
  targetMs: number;
  /** A due instant fixed by the calendar ("next business day"), when the target has one. */
  fixedDueMs: number | null;
  /** Move a due instant outside the region's open hours to the next opening, when set. */
  snapTo: BusinessCalendar | null;
}

const MINUTE_MS = 60_000;

// Every target is built with the same fields in the same order (no spreads): this runs three
// times per ticket on every board refresh, and one object shape keeps V8 on its fast path.

/** The target of `metric` at `priority` for this ticket, counted from `startMs`; null = none. */
export function resolveTarget(
  policy: Policy,
  ticket: TicketFacts,
  region: BusinessCalendar,
  priority: Priority,
  metric: MetricId,
  startMs: number,
): ResolvedTarget | null {
  const spec = policy.tiers[ticket.tier].targets[priority][metric];
  switch (spec.kind) {
    case 'none':
      return null;
    case 'duration':
      return {
        clock: spec.clock === '24x7' ? ALWAYS_OPEN : region,
        targetMs: spec.minutes * MINUTE_MS,
        fixedDueMs: null,
        snapTo: null,
      };
    case 'next-business-day': {
      const dueMs = nextBusinessDayEndMs(region, startMs);
      return {
        clock: region,
        targetMs: businessMsBetween(region, startMs, dueMs),
        fixedDueMs: dueMs,
        snapTo: null,
      };
    }
    case 'cadence': {
      const agreed =
        spec.asAgreed && (priority === 'P1' || priority === 'P2')
          ? ticket.cadenceOverrides?.[priority]
          : undefined;
      const minutes = agreed !== undefined && agreed > 0 ? agreed : spec.minutes;
      return {
        clock: spec.clock === '24x7' ? ALWAYS_OPEN : region,
        targetMs: minutes * MINUTE_MS,
        fixedDueMs: null,
        snapTo: spec.snapToOpenHours ? region : null,
      };
    }
  }
}
