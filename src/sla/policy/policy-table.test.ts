import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluateTicket, METRIC_IDS } from '../index';
import type { MetricId, MetricStatus, Priority, TicketFacts, TierId } from '../index';

// Every cell of the default policy (policy.md), 5 tiers × 4 priorities × 3 metrics, checked on a
// fresh ticket (no events) in the 'emea' calendar (Europe/Paris, Mon–Fri 09:00–17:00).
// Expected instants are written out by hand from the spec, not computed with the module.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Tuesday 10:00 in Paris (winter time, well before the spring change of 2026-03-29). */
const CREATED = '2026-03-10T10:00:00+01:00';
const createdAt = new Date(CREATED);
/** Half an hour after creation: every target is running and not yet at risk. */
const EARLY = new Date('2026-03-10T10:30:00+01:00');

interface Check {
  now: Date;
  remainingMs: number;
}

interface DueCell {
  kind: 'due';
  text: string;
  dueAt: Date;
  running: Check;
  atRisk: Check;
  breached: Check;
}

interface NoneCell {
  kind: 'none';
  text: string;
}

type Cell = DueCell | NoneCell;

/** A target on the 24×7 clock: remaining time is plain elapsed time to the due instant. */
const elapsedTarget = (text: string, dueIso: string, targetMs: number): DueCell => {
  const dueAt = new Date(dueIso);
  const due = dueAt.getTime();
  return {
    kind: 'due',
    text,
    dueAt,
    running: { now: EARLY, remainingMs: due - EARLY.getTime() },
    // 10% of the target left: at most 25%, so at risk.
    atRisk: { now: new Date(due - targetMs / 10), remainingMs: targetMs / 10 },
    // One minute late.
    breached: { now: new Date(due + MINUTE), remainingMs: -MINUTE },
  };
};

/**
 * "Next business day" on the business clock: created Tue 10:00, due Wed 17:00 local. Remaining
 * time counts open hours only: Tue 10:30→17:00 (6.5 h) + Wed 09:00→17:00 (8 h) = 14.5 h.
 */
const nextBusinessDay: DueCell = {
  kind: 'due',
  text: 'due the next business day at closing (Wed 17:00 Paris) on the business clock',
  dueAt: new Date('2026-03-11T17:00:00+01:00'),
  running: { now: EARLY, remainingMs: 14.5 * HOUR },
  atRisk: { now: new Date('2026-03-11T16:30:00+01:00'), remainingMs: 30 * MINUTE },
  // Thu 09:30: half an hour of open time past the deadline (the night is closed).
  breached: { now: new Date('2026-03-12T09:30:00+01:00'), remainingMs: -30 * MINUTE },
};

const none = (text: string): NoneCell => ({ kind: 'none', text });
const noFirstResponse = none('no target (handled on business days only)');
const noRestoration = none('no target');

const STANDARD: Record<Priority, Record<MetricId, Cell>> = {
  P1: {
    'first-response': elapsedTarget(
      'due 4 h after creation on the 24×7 clock',
      '2026-03-10T14:00:00+01:00',
      4 * HOUR,
    ),
    restoration: noRestoration,
    update: elapsedTarget(
      'daily: due 24 h after creation on the 24×7 clock',
      '2026-03-11T10:00:00+01:00',
      24 * HOUR,
    ),
  },
  P2: {
    'first-response': elapsedTarget(
      'due 8 h after creation on the 24×7 clock',
      '2026-03-10T18:00:00+01:00',
      8 * HOUR,
    ),
    restoration: noRestoration,
    update: elapsedTarget(
      'twice a week: due 84 h after creation, Fri 22:00 (P2 is not moved to open hours)',
      '2026-03-13T22:00:00+01:00',
      84 * HOUR,
    ),
  },
  P3: {
    'first-response': noFirstResponse,
    restoration: noRestoration,
    update: elapsedTarget(
      'weekly: due 168 h after creation, next Tue 10:00 (already inside open hours)',
      '2026-03-17T10:00:00+01:00',
      168 * HOUR,
    ),
  },
  P4: {
    'first-response': noFirstResponse,
    restoration: noRestoration,
    update: elapsedTarget(
      'weekly: due 168 h after creation, next Tue 10:00 (already inside open hours)',
      '2026-03-17T10:00:00+01:00',
      168 * HOUR,
    ),
  },
};

const PREMIER: Record<Priority, Record<MetricId, Cell>> = {
  P1: {
    'first-response': elapsedTarget(
      'due 1 h after creation on the 24×7 clock',
      '2026-03-10T11:00:00+01:00',
      1 * HOUR,
    ),
    restoration: elapsedTarget(
      'due 4 h after creation on the 24×7 clock',
      '2026-03-10T14:00:00+01:00',
      4 * HOUR,
    ),
    update: elapsedTarget(
      'hourly: due 1 h after creation on the 24×7 clock',
      '2026-03-10T11:00:00+01:00',
      1 * HOUR,
    ),
  },
  P2: {
    'first-response': elapsedTarget(
      'due 4 h after creation on the 24×7 clock',
      '2026-03-10T14:00:00+01:00',
      4 * HOUR,
    ),
    restoration: elapsedTarget(
      'due 8 h after creation on the 24×7 clock',
      '2026-03-10T18:00:00+01:00',
      8 * HOUR,
    ),
    update: elapsedTarget(
      'daily: due 24 h after creation on the 24×7 clock',
      '2026-03-11T10:00:00+01:00',
      24 * HOUR,
    ),
  },
  P3: {
    'first-response': nextBusinessDay,
    restoration: noRestoration,
    update: elapsedTarget(
      'twice a week: 84 h lands Fri 22:00, moved to the next opening Mon 09:00',
      '2026-03-16T09:00:00+01:00',
      84 * HOUR,
    ),
  },
  P4: {
    'first-response': nextBusinessDay,
    restoration: noRestoration,
    update: elapsedTarget(
      'weekly: due 168 h after creation, next Tue 10:00 (already inside open hours)',
      '2026-03-17T10:00:00+01:00',
      168 * HOUR,
    ),
  },
};

const TIERS: { tier: TierId; isSla: boolean; cells: Record<Priority, Record<MetricId, Cell>> }[] = [
  { tier: 'standard', isSla: false, cells: STANDARD },
  { tier: 'premier', isSla: false, cells: PREMIER },
  { tier: 'premier-assurance', isSla: true, cells: PREMIER },
  { tier: 'premier-plus', isSla: true, cells: PREMIER },
  { tier: 'premier-elite', isSla: true, cells: PREMIER },
];

interface Row {
  name: string;
  tier: TierId;
  priority: Priority;
  metric: MetricId;
  isSla: boolean;
  cell: Cell;
}

const ROWS: Row[] = TIERS.flatMap(({ tier, isSla, cells }) =>
  (['P1', 'P2', 'P3', 'P4'] as const).flatMap((priority) =>
    METRIC_IDS.map((metric) => {
      const cell = cells[priority][metric];
      return {
        name: `${tier} ${priority} ${metric}: ${cell.text}`,
        tier,
        priority,
        metric,
        isSla,
        cell,
      };
    }),
  ),
);

const freshTicket = (tier: TierId, priority: Priority): TicketFacts => ({
  tier,
  priority,
  region: 'emea',
  createdAt,
  events: [],
});

const statusOf = (row: Row, now: Date): MetricStatus => {
  const statuses = evaluateTicket(freshTicket(row.tier, row.priority), defaultPolicy, now);
  const status = statuses.find((s) => s.metric === row.metric);
  if (status === undefined) throw new Error(`no status for ${row.metric}`);
  return status;
};

const dueRows = ROWS.filter((row): row is Row & { cell: DueCell } => row.cell.kind === 'due');
const noneRows = ROWS.filter((row) => row.cell.kind === 'none');

describe('the default policy table', () => {
  it('has 60 cells: 5 tiers × 4 priorities × 3 metrics', () => {
    expect(ROWS).toHaveLength(60);
    expect(dueRows.length + noneRows.length).toBe(60);
  });

  describe.each(dueRows)('$name', (row) => {
    const { cell } = row;

    it('runs from creation with the expected due instant and remaining time', () => {
      const status = statusOf(row, cell.running.now);
      expect(status.state).toBe('running');
      expect(status.startedAt?.getTime()).toBe(createdAt.getTime());
      expect(status.dueAt?.toISOString()).toBe(cell.dueAt.toISOString());
      expect(status.remainingMs).toBe(cell.running.remainingMs);
      expect(status.breaches).toBe(0);
      expect(status.creditEligible).toBe(false);
    });

    it('is at risk with at most 25% of the target left', () => {
      const status = statusOf(row, cell.atRisk.now);
      expect(status.state).toBe('at-risk');
      expect(status.dueAt?.toISOString()).toBe(cell.dueAt.toISOString());
      expect(status.remainingMs).toBe(cell.atRisk.remainingMs);
      expect(status.breaches).toBe(0);
      expect(status.creditEligible).toBe(false);
    });

    const credit =
      row.isSla && row.metric === 'first-response'
        ? 'credit-eligible (first response on an SLA tier)'
        : 'not credit-eligible';
    it(`breaches at the due instant when nothing happens, ${credit}`, () => {
      const status = statusOf(row, cell.breached.now);
      expect(status.state).toBe('breached');
      expect(status.dueAt?.toISOString()).toBe(cell.dueAt.toISOString());
      expect(status.breachedAt?.toISOString()).toBe(cell.dueAt.toISOString());
      expect(status.remainingMs).toBe(cell.breached.remainingMs);
      expect(status.breaches).toBe(1);
      expect(status.creditEligible).toBe(row.isSla && row.metric === 'first-response');
    });
  });

  describe.each(noneRows)('$name', (row) => {
    it.each([
      ['half an hour after creation', EARLY],
      ['a month after creation', new Date('2026-04-10T10:00:00+02:00')],
    ])('has no target and is never breached, %s', (_label, now) => {
      const status = statusOf(row, now);
      expect(status.state).toBe('none');
      expect(status.dueAt).toBeUndefined();
      expect(status.breachedAt).toBeUndefined();
      expect(status.breaches).toBe(0);
      expect(status.creditEligible).toBe(false);
    });
  });
});
