/**
 * The SLA module's public types. Shapes follow ../shared/spec (calendar-arithmetic.md and
 * sla-engine.md); the `Policy` shape beyond `calendars` is ours and is plain JSON (durations in
 * minutes, no functions) so a policy can be exported, edited and imported.
 */

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One weekly open interval, in local wall-clock time of the calendar's zone. */
export interface WeeklyInterval {
  day: Weekday;
  /** Local "HH:mm". */
  start: string;
  /** Local "HH:mm", after `start`; may be "24:00" (the next local midnight). */
  end: string;
}

/** Business hours of a region: an IANA zone, weekly open intervals and closed local dates. */
export interface BusinessCalendar {
  /** IANA zone, e.g. "Europe/Paris". */
  timeZone: string;
  week: WeeklyInterval[];
  /** Local dates "YYYY-MM-DD", closed all day. */
  holidays: string[];
}

/** A region calendar as the policy ships it. */
export interface RegionCalendar extends BusinessCalendar {
  id: string;
  name: string;
}

export type TierId =
  'standard' | 'premier' | 'premier-assurance' | 'premier-plus' | 'premier-elite';
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export type MetricId = 'first-response' | 'restoration' | 'update';
export type TicketStatus = 'open' | 'waiting-on-customer';

export const TIER_IDS = [
  'standard',
  'premier',
  'premier-assurance',
  'premier-plus',
  'premier-elite',
] as const satisfies readonly TierId[];
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const satisfies readonly Priority[];
export const METRIC_IDS = [
  'first-response',
  'restoration',
  'update',
] as const satisfies readonly MetricId[];

/** How firmly a tier promises its targets. */
export type PromiseKind =
  /** a business objective, no commitment on any single ticket */
  | 'target'
  /** service level objective */
  | 'slo'
  /** service level agreement: a commitment with service credits */
  | 'sla';

/** Which clock a target runs on: plain elapsed time, or the open hours of the region calendar. */
export type ClockKind = '24x7' | 'business';

/** What a tier promises for one metric at one priority. */
export type MetricTarget =
  /** No target: shown as such, never breached, not counted in attainment. */
  | { kind: 'none' }
  /** A fixed duration on a clock. */
  | { kind: 'duration'; minutes: number; clock: ClockKind }
  /** Due at the closing instant of the first business day after the start's local date. */
  | { kind: 'next-business-day' }
  /**
   * A recurring window (update cadence): each customer-visible update closes the window and
   * opens the next. `snapToOpenHours` moves a due instant outside open hours to the next opening.
   * `asAgreed` lets an account's own cadence replace `minutes`.
   */
  | {
      kind: 'cadence';
      minutes: number;
      clock: ClockKind;
      snapToOpenHours: boolean;
      asAgreed: boolean;
    };

export type PriorityTargets = Record<MetricId, MetricTarget>;

export interface TierPolicy {
  promise: PromiseKind;
  targets: Record<Priority, PriorityTargets>;
}

/**
 * A whole support policy, as JSON-serialisable data.
 */
export interface Policy {
  /** Format version of this object. */
  version: 1;
  id: string;
  name: string;
  tiers: Record<TierId, TierPolicy>;
  /**
   * Metrics that are a commitment (SLA) on tiers whose promise is 'sla'. The other metrics of
   * those tiers are objectives (SLO). A breach of a committed metric is credit-eligible.
   */
  committedMetrics: MetricId[];
  /** Which ticket statuses stop which metric's clock. */
  pausedBy: Record<MetricId, TicketStatus[]>;
  /** A running metric is at risk when its remaining time is at most this share of its target. */
  atRiskRatio: number;
  /** Where a new priority's target counts from after a priority change. */
  priorityChange: 'from-change' | 'from-start';
  /** The priority of a new ticket when nobody says otherwise. */
  defaultPriority: Priority;
  /** Region calendars, keyed by region id. */
  calendars: Record<string, RegionCalendar>;
}

/** What the engine needs to know of a ticket. */
export interface TicketFacts {
  tier: TierId;
  /** The priority at creation. */
  priority: Priority;
  /** A key of `policy.calendars`. */
  region: string;
  createdAt: Date;
  /** Any order; the engine sorts by `at` (stable). */
  events: TicketEvent[];
  /** Minutes: an account's "as agreed" update cadence. */
  cadenceOverrides?: Partial<Record<'P1' | 'P2', number>>;
}

export type TicketEvent =
  /** A customer-visible response or update; the first one is the first response. */
  | { type: 'reply'; at: Date }
  | { type: 'priority'; at: Date; to: Priority }
  | { type: 'status'; at: Date; to: TicketStatus }
  /** A workaround or a fix restored the service. */
  | { type: 'restored'; at: Date }
  | { type: 'resolved'; at: Date }
  | { type: 'reopened'; at: Date }
  /** Internal; affects no metric. */
  | { type: 'note'; at: Date };

export type MetricState = 'running' | 'at-risk' | 'paused' | 'met' | 'breached' | 'none';

export interface MetricStatus {
  metric: MetricId;
  state: MetricState;
  /** Start of the current target (or window, for 'update'). */
  startedAt?: Date;
  /** Absent for 'none'; for 'paused', the due instant if resumed now. */
  dueAt?: Date;
  /** Business or elapsed ms left, per the metric's clock; negative once breached. */
  remainingMs?: number;
  metAt?: Date;
  /** The deadline that was missed. */
  breachedAt?: Date;
  /** How many times this metric was breached over the ticket's life. */
  breaches: number;
  /** A breach of a committed metric (first response) on an SLA tier. */
  creditEligible: boolean;
}
