import type { MetricTarget, Policy, PriorityTargets, RegionCalendar, TierPolicy } from '../types';

// The seed's policy as data (../shared/spec/policy.md). Durations in minutes.
const HOUR = 60;

const none: MetricTarget = { kind: 'none' };
const elapsed = (minutes: number): MetricTarget => ({ kind: 'duration', minutes, clock: '24x7' });
const nextBusinessDay: MetricTarget = { kind: 'next-business-day' };
const cadence = (
  minutes: number,
  options: { snapToOpenHours: boolean; asAgreed: boolean },
): MetricTarget => ({ kind: 'cadence', minutes, clock: '24x7', ...options });

const STANDARD_TARGETS = {
  P1: {
    'first-response': elapsed(4 * HOUR),
    restoration: none,
    update: cadence(24 * HOUR, { snapToOpenHours: false, asAgreed: false }),
  },
  P2: {
    'first-response': elapsed(8 * HOUR),
    restoration: none,
    update: cadence(84 * HOUR, { snapToOpenHours: false, asAgreed: false }),
  },
  P3: {
    'first-response': none,
    restoration: none,
    update: cadence(168 * HOUR, { snapToOpenHours: true, asAgreed: false }),
  },
  P4: {
    'first-response': none,
    restoration: none,
    update: cadence(168 * HOUR, { snapToOpenHours: true, asAgreed: false }),
  },
} satisfies TierPolicy['targets'];

const PREMIER_TARGETS = {
  P1: {
    'first-response': elapsed(1 * HOUR),
    restoration: elapsed(4 * HOUR),
    update: cadence(1 * HOUR, { snapToOpenHours: false, asAgreed: true }),
  },
  P2: {
    'first-response': elapsed(4 * HOUR),
    restoration: elapsed(8 * HOUR),
    update: cadence(24 * HOUR, { snapToOpenHours: false, asAgreed: true }),
  },
  P3: {
    'first-response': nextBusinessDay,
    restoration: none,
    update: cadence(84 * HOUR, { snapToOpenHours: true, asAgreed: false }),
  },
  P4: {
    'first-response': nextBusinessDay,
    restoration: none,
    update: cadence(168 * HOUR, { snapToOpenHours: true, asAgreed: false }),
  },
} satisfies Record<string, PriorityTargets>;

const weekdays = (start: string, end: string): RegionCalendar['week'] =>
  ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start, end }));

const calendar = (id: string, name: string, timeZone: string): RegionCalendar => ({
  id,
  name,
  timeZone,
  week: weekdays('09:00', '17:00'),
  holidays: [],
});

/** The policy of the vendor's published page: five tiers, four priorities, three regions. */
export const defaultPolicy: Policy = {
  version: 1,
  id: 'default',
  name: 'Vendor support policy',
  tiers: {
    standard: { promise: 'target', targets: STANDARD_TARGETS },
    premier: { promise: 'slo', targets: PREMIER_TARGETS },
    'premier-assurance': { promise: 'sla', targets: PREMIER_TARGETS },
    'premier-plus': { promise: 'sla', targets: PREMIER_TARGETS },
    'premier-elite': { promise: 'sla', targets: PREMIER_TARGETS },
  },
  committedMetrics: ['first-response'],
  pausedBy: {
    'first-response': [],
    restoration: ['waiting-on-customer'],
    update: ['waiting-on-customer'],
  },
  atRiskRatio: 0.25,
  priorityChange: 'from-change',
  defaultPriority: 'P3',
  calendars: {
    amer: calendar('amer', 'Americas', 'America/Los_Angeles'),
    emea: calendar('emea', 'Europe, Middle East, Africa', 'Europe/Paris'),
    apac: calendar('apac', 'Asia-Pacific', 'Asia/Singapore'),
  },
};
