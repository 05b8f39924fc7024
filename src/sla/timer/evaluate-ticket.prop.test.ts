import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { defaultPolicy, evaluateTicket, PRIORITIES, TIER_IDS } from '../index';
import type {
  MetricId,
  MetricStatus,
  Policy,
  Priority,
  TicketEvent,
  TicketFacts,
  TicketStatus,
  TierId,
} from '../index';

// Properties of the engine (sla-engine.md), with a fixed seed so a run is reproducible. Pin any
// counterexample found here as a named example in evaluate-ticket.test.ts.

const PARAMS = { seed: 20_260_310, numRuns: 150 } as const;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Creation instants range over March–April 2026: both the US and the EU spring changes. */
const BASE_MS = Date.parse('2026-03-02T00:00:00Z');

const SLA_TIERS: readonly TierId[] = ['premier-assurance', 'premier-plus', 'premier-elite'];
const PREMIER_TIERS: readonly TierId[] = ['premier', ...SLA_TIERS];

type EventShape =
  | { type: 'reply' }
  | { type: 'priority'; to: Priority }
  | { type: 'status'; to: TicketStatus }
  | { type: 'restored' }
  | { type: 'resolved' }
  | { type: 'reopened' }
  | { type: 'note' };

interface TimedShape {
  offsetMs: number;
  shape: EventShape;
}

const priorityArb = fc.constantFrom(...PRIORITIES);
const statusArb = fc.constantFrom<TicketStatus>('open', 'waiting-on-customer');

const shapeArb = (withPriorityChanges: boolean): fc.Arbitrary<EventShape> =>
  fc.oneof(
    { arbitrary: fc.constant<EventShape>({ type: 'reply' }), weight: 4 },
    { arbitrary: statusArb.map<EventShape>((to) => ({ type: 'status', to })), weight: 3 },
    {
      arbitrary: priorityArb.map<EventShape>((to) => ({ type: 'priority', to })),
      weight: withPriorityChanges ? 2 : 0,
    },
    { arbitrary: fc.constant<EventShape>({ type: 'restored' }), weight: 1 },
    { arbitrary: fc.constant<EventShape>({ type: 'resolved' }), weight: 1 },
    { arbitrary: fc.constant<EventShape>({ type: 'reopened' }), weight: 1 },
    { arbitrary: fc.constant<EventShape>({ type: 'note' }), weight: 1 },
  );

const toEvent = (createdMs: number, { offsetMs, shape }: TimedShape): TicketEvent => ({
  ...shape,
  at: new Date(createdMs + offsetMs),
});

interface TicketOptions {
  tiers?: readonly TierId[];
  priorities?: readonly Priority[];
  withPriorityChanges?: boolean;
  maxEvents?: number;
}

/** A ticket whose events have distinct instants (so any array order sorts the same way). */
const ticketArb = (options: TicketOptions = {}): fc.Arbitrary<TicketFacts> =>
  fc
    .record({
      tier: fc.constantFrom(...(options.tiers ?? TIER_IDS)),
      priority: fc.constantFrom(...(options.priorities ?? PRIORITIES)),
      region: fc.constantFrom('amer', 'emea', 'apac'),
      createdMs: fc.integer({ min: BASE_MS, max: BASE_MS + 45 * DAY }),
      shapes: fc.uniqueArray(
        fc.record({
          offsetMs: fc.integer({ min: 0, max: 10 * DAY }),
          shape: shapeArb(options.withPriorityChanges ?? true),
        }),
        { maxLength: options.maxEvents ?? 8, selector: (s) => s.offsetMs },
      ),
      overrides: fc.option(
        fc.record(
          { P1: fc.integer({ min: 5, max: 600 }), P2: fc.integer({ min: 5, max: 3000 }) },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    })
    .map(({ tier, priority, region, createdMs, shapes, overrides }) => ({
      tier,
      priority,
      region,
      createdAt: new Date(createdMs),
      events: shapes.map((s) => toEvent(createdMs, s)),
      ...(overrides === undefined ? {} : { cadenceOverrides: overrides }),
    }));

/** Offsets of `now` from creation: up to two weeks. */
const nowOffsetArb = fc.integer({ min: 0, max: 14 * DAY });

const evaluateAt = (facts: TicketFacts, nowMs: number): MetricStatus[] =>
  evaluateTicket(facts, defaultPolicy, new Date(nowMs));

const isRunning = (s: MetricStatus): boolean => s.state === 'running' || s.state === 'at-risk';

/** The cells of policy.md with no target, written from the spec rather than read from the policy. */
const hasNoTarget = (tier: TierId, priority: Priority, metric: MetricId): boolean => {
  const lowPriority = priority === 'P3' || priority === 'P4';
  if (metric === 'first-response') return tier === 'standard' && lowPriority;
  if (metric === 'restoration') return tier === 'standard' || lowPriority;
  return false;
};

describe('evaluateTicket properties', () => {
  test.prop(
    [
      ticketArb().chain((facts) =>
        fc.tuple(
          fc.constant(facts),
          fc.shuffledSubarray(facts.events, {
            minLength: facts.events.length,
            maxLength: facts.events.length,
          }),
        ),
      ),
      nowOffsetArb,
    ],
    PARAMS,
  )(
    'is deterministic and independent of the order of the events array',
    ([facts, shuffled], offset) => {
      const nowMs = facts.createdAt.getTime() + offset;
      const first = evaluateAt(facts, nowMs);
      expect(evaluateAt(facts, nowMs)).toEqual(first);
      expect(evaluateAt({ ...facts, events: shuffled }, nowMs)).toEqual(first);
    },
  );

  test.prop(
    [
      ticketArb(),
      nowOffsetArb,
      fc.array(
        fc.record({
          offsetMs: fc.integer({ min: 1, max: 5 * DAY }),
          shape: shapeArb(true),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    ],
    PARAMS,
  )('ignores events after now', (facts, offset, later) => {
    const nowMs = facts.createdAt.getTime() + offset;
    const future = later.map((s) => toEvent(nowMs, s));
    expect(evaluateAt({ ...facts, events: [...facts.events, ...future] }, nowMs)).toEqual(
      evaluateAt(facts, nowMs),
    );
  });

  test.prop([ticketArb(), nowOffsetArb, fc.integer({ min: 0, max: 7 * DAY })], PARAMS)(
    'never decreases the breach count as now advances',
    (facts, offset, step) => {
      const nowMs = facts.createdAt.getTime() + offset;
      const before = evaluateAt(facts, nowMs);
      const after = evaluateAt(facts, nowMs + step);
      before.forEach((status, i) => {
        expect(after[i]?.breaches ?? -1).toBeGreaterThanOrEqual(status.breaches);
      });
    },
  );

  test.prop(
    [
      ticketArb({ priorities: ['P1', 'P2'], withPriorityChanges: false }),
      nowOffsetArb,
      fc.integer({ min: 1, max: 3 * DAY }),
    ],
    PARAMS,
  )(
    'a 24×7 metric that runs at both instants loses exactly the time advanced; a paused one none',
    (facts, offset, step) => {
      const nowMs = facts.createdAt.getTime() + offset;
      // Nothing happens between the two instants.
      const settled = { ...facts, events: facts.events.filter((e) => e.at.getTime() <= nowMs) };
      const before = evaluateAt(settled, nowMs);
      const after = evaluateAt(settled, nowMs + step);
      before.forEach((status, i) => {
        const later = after[i];
        if (later === undefined) throw new Error('missing status');
        if (isRunning(status) && isRunning(later)) {
          expect(later.remainingMs).toBe((status.remainingMs ?? Number.NaN) - step);
          expect(later.dueAt).toEqual(status.dueAt);
        }
        if (status.state === 'paused') {
          expect(later.state).toBe('paused');
          expect(later.remainingMs).toBe(status.remainingMs);
          expect(later.dueAt?.getTime()).toBe((status.dueAt?.getTime() ?? Number.NaN) + step);
        }
      });
    },
  );

  test.prop(
    [
      ticketArb(),
      nowOffsetArb,
      fc.constantFrom<Policy['priorityChange']>('from-change', 'from-start'),
    ],
    PARAMS,
  )(
    'first response and restoration are breached at most once; update at most once per window',
    (facts, offset, priorityChange) => {
      const nowMs = facts.createdAt.getTime() + offset;
      const policy: Policy = { ...defaultPolicy, priorityChange };
      const statuses = evaluateTicket(facts, policy, new Date(nowMs));
      // Windows open at creation, at each reply and at each reopening.
      const windows =
        1 +
        facts.events.filter(
          (e) => (e.type === 'reply' || e.type === 'reopened') && e.at.getTime() <= nowMs,
        ).length;
      for (const status of statuses) {
        const limit = status.metric === 'update' ? windows : 1;
        expect(status.breaches).toBeLessThanOrEqual(limit);
      }
    },
  );

  test.prop([ticketArb({ withPriorityChanges: false }), nowOffsetArb], PARAMS)(
    'a cell with no target is never breached',
    (facts, offset) => {
      const statuses = evaluateAt(facts, facts.createdAt.getTime() + offset);
      for (const status of statuses) {
        if (!hasNoTarget(facts.tier, facts.priority, status.metric)) continue;
        expect(status.state).toBe('none');
        expect(status.dueAt).toBeUndefined();
        expect(status.breaches).toBe(0);
      }
    },
  );

  test.prop([ticketArb({ tiers: ['standard'] }), nowOffsetArb], PARAMS)(
    'Standard restoration has no target whatever the priority history',
    (facts, offset) => {
      const statuses = evaluateAt(facts, facts.createdAt.getTime() + offset);
      const restoration = statuses.find((s) => s.metric === 'restoration');
      expect(restoration?.state).toBe('none');
      expect(restoration?.breaches).toBe(0);
    },
  );

  test.prop([ticketArb(), nowOffsetArb], PARAMS)(
    'credit eligibility implies a first-response breach on an SLA tier',
    (facts, offset) => {
      const statuses = evaluateAt(facts, facts.createdAt.getTime() + offset);
      for (const status of statuses) {
        if (!status.creditEligible) continue;
        expect(status.metric).toBe('first-response');
        expect(SLA_TIERS).toContain(facts.tier);
        expect(status.breaches).toBeGreaterThanOrEqual(1);
      }
      const firstResponse = statuses.find((s) => s.metric === 'first-response');
      if (firstResponse !== undefined && SLA_TIERS.includes(facts.tier)) {
        expect(firstResponse.creditEligible).toBe(firstResponse.breaches > 0);
      }
    },
  );

  test.prop([ticketArb(), nowOffsetArb], PARAMS)(
    'a breached state has a breach counted, instant at or before now; a running one has time left',
    (facts, offset) => {
      const nowMs = facts.createdAt.getTime() + offset;
      for (const status of evaluateAt(facts, nowMs)) {
        if (status.state === 'breached') {
          expect(status.breaches).toBeGreaterThanOrEqual(1);
          expect(status.breachedAt?.getTime() ?? Number.NaN).toBeLessThanOrEqual(nowMs);
        }
        if (isRunning(status)) {
          expect(status.remainingMs ?? Number.NaN).toBeGreaterThanOrEqual(0);
          expect(status.dueAt?.getTime() ?? Number.NaN).toBeGreaterThanOrEqual(nowMs);
        }
      }
    },
  );

  test.prop(
    [
      fc.constantFrom(...PREMIER_TIERS),
      fc.constantFrom<Priority>('P1', 'P2'),
      fc.integer({ min: BASE_MS, max: BASE_MS + 45 * DAY }),
      // The pause starts before the first deadline (restoration and update are at least 1 h).
      fc.integer({ min: 0, max: 59 * MINUTE }),
      fc.integer({ min: 1, max: 3 * DAY }),
      fc.integer({ min: 0, max: 2 * DAY }),
    ],
    PARAMS,
  )(
    'a pause of d ms shifts 24×7 restoration and update by exactly d, first response not at all',
    (tier, p, createdMs, pauseOffset, pausedMs, afterResume) => {
      const base: TicketFacts = {
        tier,
        priority: p,
        region: 'emea',
        createdAt: new Date(createdMs),
        events: [],
      };
      const pauseAt = createdMs + pauseOffset;
      const paused: TicketFacts = {
        ...base,
        events: [
          { type: 'status', at: new Date(pauseAt), to: 'waiting-on-customer' },
          { type: 'status', at: new Date(pauseAt + pausedMs), to: 'open' },
        ],
      };
      const nowMs = pauseAt + pausedMs + afterResume;
      const plain = evaluateAt(base, nowMs);
      const shifted = evaluateAt(paused, nowMs);
      const due = (statuses: MetricStatus[], metric: MetricId): number =>
        statuses.find((s) => s.metric === metric)?.dueAt?.getTime() ?? Number.NaN;
      expect(due(shifted, 'restoration')).toBe(due(plain, 'restoration') + pausedMs);
      expect(due(shifted, 'update')).toBe(due(plain, 'update') + pausedMs);
      expect(due(shifted, 'first-response')).toBe(due(plain, 'first-response'));
    },
  );

  /** Update cadences of policy.md for P1/P2 (24×7, never moved to open hours). */
  const CADENCE_MS: Record<'standard' | 'premier', Record<'P1' | 'P2', number>> = {
    standard: { P1: 24 * 60 * MINUTE, P2: 84 * 60 * MINUTE },
    premier: { P1: 60 * MINUTE, P2: 24 * 60 * MINUTE },
  };
  const FIRST_RESPONSE_MS: Record<'standard' | 'premier', Record<'P1' | 'P2', number>> = {
    standard: { P1: 4 * 60 * MINUTE, P2: 8 * 60 * MINUTE },
    premier: { P1: 60 * MINUTE, P2: 4 * 60 * MINUTE },
  };

  test.prop(
    [
      fc.constantFrom(...TIER_IDS),
      fc.constantFrom<'P1' | 'P2'>('P1', 'P2'),
      fc.integer({ min: BASE_MS, max: BASE_MS + 45 * DAY }),
      // Gaps between updates, as thousandths of the cadence: up to twice the cadence.
      fc.array(fc.integer({ min: 1, max: 2000 }), { maxLength: 8 }),
      fc.integer({ min: 0, max: 2000 }),
    ],
    PARAMS,
  )(
    'agrees with a direct count of windows when only replies happen (P1/P2)',
    (tier, p, createdMs, gaps, tail) => {
      const plan = tier === 'standard' ? 'standard' : 'premier';
      const cadence = CADENCE_MS[plan][p];
      const replies: number[] = [];
      let at = createdMs;
      for (const gap of gaps) {
        at += Math.round((gap * cadence) / 1000);
        replies.push(at);
      }
      const nowMs = at + Math.round((tail * cadence) / 1000);
      const facts: TicketFacts = {
        tier,
        priority: p,
        region: 'apac',
        createdAt: new Date(createdMs),
        events: replies.map((ms) => ({ type: 'reply', at: new Date(ms) })),
      };
      const statuses = evaluateAt(facts, nowMs);
      const update = statuses.find((s) => s.metric === 'update');
      const firstResponse = statuses.find((s) => s.metric === 'first-response');

      const starts = [createdMs, ...replies];
      const late = replies.filter((ms, i) => ms - (starts[i] ?? Number.NaN) > cadence).length;
      const lastStart = starts[starts.length - 1] ?? Number.NaN;
      const remaining = lastStart + cadence - nowMs;
      expect(update?.breaches).toBe(late + (remaining < 0 ? 1 : 0));
      expect(update?.startedAt?.getTime()).toBe(lastStart);
      expect(update?.dueAt?.getTime()).toBe(lastStart + cadence);
      expect(update?.remainingMs).toBe(remaining);
      const expectedState =
        remaining < 0 ? 'breached' : remaining <= cadence / 4 ? 'at-risk' : 'running';
      expect(update?.state).toBe(expectedState);

      const firstDue = createdMs + FIRST_RESPONSE_MS[plan][p];
      const firstReply = replies[0];
      if (firstReply === undefined) {
        const remainingFirst = firstDue - nowMs;
        expect(firstResponse?.remainingMs).toBe(remainingFirst);
        expect(firstResponse?.state).toBe(
          remainingFirst < 0
            ? 'breached'
            : remainingFirst <= FIRST_RESPONSE_MS[plan][p] / 4
              ? 'at-risk'
              : 'running',
        );
        expect(firstResponse?.breaches).toBe(nowMs > firstDue ? 1 : 0);
      } else {
        expect(firstResponse?.state).toBe(firstReply <= firstDue ? 'met' : 'breached');
        expect(firstResponse?.breaches).toBe(firstReply <= firstDue ? 0 : 1);
      }
    },
  );
});
