import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluateTicket, METRIC_IDS } from '../index';
import type {
  MetricId,
  MetricStatus,
  MetricTarget,
  Policy,
  Priority,
  TicketEvent,
  TicketFacts,
  TierId,
} from '../index';

// Engine scenarios from ../shared/spec/sla-engine.md and policy.md. Region 'emea' is
// Europe/Paris, Mon–Fri 09:00–17:00. March 2026 before the 29th is winter time (+01:00).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const paris = (date: string, hhmm: string): Date => new Date(`${date}T${hhmm}:00+01:00`);
/** Tuesday 2026-03-10, local Paris time. */
const tue = (hhmm: string): Date => paris('2026-03-10', hhmm);
/** Wednesday 2026-03-11, local Paris time. */
const wed = (hhmm: string): Date => paris('2026-03-11', hhmm);

const reply = (at: Date): TicketEvent => ({ type: 'reply', at });
const priority = (at: Date, to: Priority): TicketEvent => ({ type: 'priority', at, to });
const waiting = (at: Date): TicketEvent => ({ type: 'status', at, to: 'waiting-on-customer' });
const reopenStatus = (at: Date): TicketEvent => ({ type: 'status', at, to: 'open' });
const restored = (at: Date): TicketEvent => ({ type: 'restored', at });
const resolved = (at: Date): TicketEvent => ({ type: 'resolved', at });
const reopened = (at: Date): TicketEvent => ({ type: 'reopened', at });
const note = (at: Date): TicketEvent => ({ type: 'note', at });

const ticket = (overrides: Partial<TicketFacts> = {}): TicketFacts => ({
  tier: 'premier-plus',
  priority: 'P1',
  region: 'emea',
  createdAt: tue('10:00'),
  events: [],
  ...overrides,
});

type Statuses = Record<MetricId, MetricStatus>;

const byMetric = (statuses: MetricStatus[]): Statuses => {
  const find = (metric: MetricId): MetricStatus => {
    const status = statuses.find((s) => s.metric === metric);
    if (status === undefined) throw new Error(`no status for ${metric}`);
    return status;
  };
  return {
    'first-response': find('first-response'),
    restoration: find('restoration'),
    update: find('update'),
  };
};

const evaluate = (facts: TicketFacts, now: Date, policy: Policy = defaultPolicy): Statuses =>
  byMetric(evaluateTicket(facts, policy, now));

const iso = (date: Date | undefined): string | undefined => date?.toISOString();

/** A deep copy of the default policy (it is JSON data), to edit in one test. */
const copyPolicy = (): Policy => JSON.parse(JSON.stringify(defaultPolicy)) as Policy;

const withTarget = (tier: TierId, p: Priority, metric: MetricId, target: MetricTarget): Policy => {
  const policy = copyPolicy();
  policy.tiers[tier].targets[p][metric] = target;
  return policy;
};

describe('evaluateTicket: shape', () => {
  it.each<[string, TicketFacts, Date]>([
    ['a fresh Standard P3 ticket', ticket({ tier: 'standard', priority: 'P3' }), tue('10:30')],
    [
      'a Premier+ P1 ticket with history',
      ticket({ events: [reply(tue('10:20')), waiting(tue('11:00')), resolved(tue('12:00'))] }),
      wed('10:00'),
    ],
  ])('returns one status per metric, in MetricId order, for %s', (_label, facts, now) => {
    const statuses = evaluateTicket(facts, defaultPolicy, now);
    expect(statuses.map((s) => s.metric)).toEqual([...METRIC_IDS]);
  });

  it('does not reorder or mutate the caller’s events array', () => {
    const events = [reply(tue('11:00')), waiting(tue('10:30')), note(tue('10:10'))];
    const copy = [...events];
    evaluateTicket(ticket({ events }), defaultPolicy, tue('12:00'));
    expect(events).toEqual(copy);
    events.forEach((event, i) => expect(event).toBe(copy[i]));
  });
});

describe('evaluateTicket: first response', () => {
  it('is met by the first reply before the deadline', () => {
    const s = evaluate(ticket({ events: [reply(tue('10:40'))] }), tue('12:00'))['first-response'];
    expect(s.state).toBe('met');
    expect(iso(s.metAt)).toBe(iso(tue('10:40')));
    expect(iso(s.dueAt)).toBe(iso(tue('11:00')));
    expect(s.breaches).toBe(0);
    expect(s.creditEligible).toBe(false);
  });

  it('is met by a reply exactly at the deadline', () => {
    const s = evaluate(ticket({ events: [reply(tue('11:00'))] }), tue('12:00'))['first-response'];
    expect(s.state).toBe('met');
    expect(iso(s.metAt)).toBe(iso(tue('11:00')));
    expect(s.breaches).toBe(0);
  });

  it('only the first reply is the first response', () => {
    const events = [reply(tue('11:30')), reply(tue('10:40'))];
    const s = evaluate(ticket({ events }), tue('12:00'))['first-response'];
    expect(s.state).toBe('met');
    expect(iso(s.metAt)).toBe(iso(tue('10:40')));
  });

  it('a reply after the deadline breaches it, with the breach instant at the deadline', () => {
    const facts = ticket({ events: [reply(tue('11:20'))] });
    for (const now of [tue('12:00'), wed('12:00')]) {
      const s = evaluate(facts, now)['first-response'];
      expect(s.state).toBe('breached');
      expect(iso(s.breachedAt)).toBe(iso(tue('11:00')));
      expect(s.breaches).toBe(1);
      expect(s.creditEligible).toBe(true);
    }
  });

  it('breaches one millisecond after the deadline when nobody replied', () => {
    const s = evaluate(ticket(), new Date(tue('11:00').getTime() + 1))['first-response'];
    expect(s.state).toBe('breached');
    expect(iso(s.breachedAt)).toBe(iso(tue('11:00')));
    expect(s.remainingMs).toBe(-1);
    expect(s.breaches).toBe(1);
  });

  it('at the deadline instant itself, with no reply yet, has 0 ms left and is at risk (a reply then would still meet it)', () => {
    const s = evaluate(ticket(), tue('11:00'))['first-response'];
    expect(s.state).toBe('at-risk');
    expect(s.remainingMs).toBe(0);
    expect(s.breaches).toBe(0);
  });

  it.each<[TierId, boolean]>([
    ['standard', false],
    ['premier', false],
    ['premier-assurance', true],
    ['premier-plus', true],
    ['premier-elite', true],
  ])('a late first reply on %s is credit-eligible: %s', (tier, expected) => {
    const facts = ticket({ tier, events: [reply(tue('20:00'))] });
    const s = evaluate(facts, wed('09:00'));
    expect(s['first-response'].state).toBe('breached');
    expect(s['first-response'].creditEligible).toBe(expected);
    expect(s.update.creditEligible).toBe(false);
    expect(s.restoration.creditEligible).toBe(false);
  });
});

describe('evaluateTicket: events after now', () => {
  it('ignores a reply that has not happened yet', () => {
    const s = evaluate(ticket({ events: [reply(tue('10:40'))] }), tue('10:30'));
    expect(s['first-response'].state).toBe('running');
    expect(s['first-response'].remainingMs).toBe(30 * MINUTE);
    expect(s['first-response'].metAt).toBeUndefined();
    expect(iso(s.update.dueAt)).toBe(iso(tue('11:00')));
  });

  it('gives the same result as if the future events were absent', () => {
    const past = [reply(tue('10:20')), waiting(tue('10:50'))];
    const future = [
      reopenStatus(tue('12:00')),
      restored(tue('12:30')),
      priority(tue('12:40'), 'P3'),
      resolved(tue('13:00')),
      reply(tue('11:31')),
    ];
    const now = tue('11:30');
    expect(evaluate(ticket({ events: [...past, ...future] }), now)).toEqual(
      evaluate(ticket({ events: past }), now),
    );
  });
});

describe('evaluateTicket: at risk', () => {
  it('turns at-risk when exactly 25% of the target is left, not a millisecond before', () => {
    // P1 first response: 1 h, so at risk from 15 min left (10:45).
    const before = evaluate(ticket(), new Date(tue('10:45').getTime() - 1))['first-response'];
    expect(before.state).toBe('running');
    expect(before.remainingMs).toBe(15 * MINUTE + 1);
    const atThreshold = evaluate(ticket(), tue('10:45'))['first-response'];
    expect(atThreshold.state).toBe('at-risk');
    expect(atThreshold.remainingMs).toBe(15 * MINUTE);
  });

  it('measures the threshold against each metric’s own target (restoration 4 h: from 1 h left)', () => {
    expect(evaluate(ticket(), paris('2026-03-10', '12:59')).restoration.state).toBe('running');
    expect(evaluate(ticket(), tue('13:00')).restoration.state).toBe('at-risk');
  });

  it('reads the threshold from the policy data', () => {
    const policy: Policy = { ...copyPolicy(), atRiskRatio: 0.5 };
    expect(evaluate(ticket(), tue('10:29'), policy)['first-response'].state).toBe('running');
    expect(evaluate(ticket(), tue('10:30'), policy)['first-response'].state).toBe('at-risk');
  });
});

describe('evaluateTicket: waiting on the customer', () => {
  // Premier+ P2: first response 4 h, restoration 8 h, update daily. Waits 11:00–13:00.
  const paused = ticket({
    priority: 'P2',
    events: [waiting(tue('11:00')), reopenStatus(tue('13:00'))],
  });

  it('never stops the first-response clock', () => {
    const s = evaluate(paused, tue('12:00'))['first-response'];
    expect(s.state).toBe('running');
    expect(iso(s.dueAt)).toBe(iso(tue('14:00')));
    expect(s.remainingMs).toBe(2 * HOUR);
  });

  it('stops restoration and update with the remaining time frozen, due = if resumed now', () => {
    for (const [now, restorationDue, updateDue] of [
      [tue('12:00'), tue('19:00'), wed('11:00')],
      [tue('12:50'), tue('19:50'), wed('11:50')],
    ] as const) {
      const s = evaluate(paused, now);
      expect(s.restoration.state).toBe('paused');
      expect(s.restoration.remainingMs).toBe(7 * HOUR);
      expect(iso(s.restoration.dueAt)).toBe(iso(restorationDue));
      expect(s.update.state).toBe('paused');
      expect(s.update.remainingMs).toBe(23 * HOUR);
      expect(iso(s.update.dueAt)).toBe(iso(updateDue));
    }
  });

  it('after resuming, moves the due instants later by the paused span', () => {
    const s = evaluate(paused, tue('13:30'));
    expect(s['first-response'].state).toBe('at-risk');
    expect(iso(s['first-response'].dueAt)).toBe(iso(tue('14:00')));
    expect(s.restoration.state).toBe('running');
    expect(iso(s.restoration.dueAt)).toBe(iso(tue('20:00')));
    expect(s.restoration.remainingMs).toBe(6.5 * HOUR);
    expect(s.update.state).toBe('running');
    expect(iso(s.update.dueAt)).toBe(iso(wed('12:00')));
    expect(s.update.remainingMs).toBe(22.5 * HOUR);
  });

  it('adds up several pauses', () => {
    const facts = ticket({
      priority: 'P2',
      events: [
        waiting(tue('11:00')),
        reopenStatus(tue('12:00')),
        waiting(tue('14:00')),
        reopenStatus(tue('15:00')),
      ],
    });
    const s = evaluate(facts, tue('16:00')).restoration;
    expect(iso(s.dueAt)).toBe(iso(tue('20:00')));
    expect(s.remainingMs).toBe(4 * HOUR);
  });

  it('a repeated waiting status does not restart the pause, a repeated open changes nothing', () => {
    const facts = ticket({
      priority: 'P2',
      events: [
        reopenStatus(tue('10:30')),
        waiting(tue('11:00')),
        waiting(tue('12:00')),
        reopenStatus(tue('13:00')),
        reopenStatus(tue('13:10')),
      ],
    });
    expect(iso(evaluate(facts, tue('14:00')).restoration.dueAt)).toBe(iso(tue('20:00')));
  });

  it('a paused metric never breaches while paused, however long the wait', () => {
    // P1 restoration due 14:00; paused at 13:00 with 1 h left.
    const s = evaluate(ticket({ events: [waiting(tue('13:00'))] }), wed('20:00')).restoration;
    expect(s.state).toBe('paused');
    expect(s.remainingMs).toBe(HOUR);
    expect(s.breaches).toBe(0);
  });

  it('a breach outranks a pause: breached then paused reports breached', () => {
    // P1: first response due 11:00, update due 11:00, restoration due 14:00; wait from 14:30.
    const s = evaluate(ticket({ events: [waiting(tue('14:30'))] }), tue('15:00'));
    expect(s.restoration.state).toBe('breached');
    expect(iso(s.restoration.breachedAt)).toBe(iso(tue('14:00')));
    expect(s.restoration.breaches).toBe(1);
    expect(s.update.state).toBe('breached');
    expect(iso(s.update.breachedAt)).toBe(iso(tue('11:00')));
    expect(s['first-response'].state).toBe('breached');
  });

  it('on a business-clock target, counts only open time that is not paused', () => {
    // Restoration made 8 business hours; created Tue 10:00, waits Tue 16:00 → Wed 10:00 (2 open
    // hours paused). Unpaused it would be due Wed 10:00; paused, Wed 12:00.
    const policy = withTarget('premier-plus', 'P2', 'restoration', {
      kind: 'duration',
      minutes: 8 * 60,
      clock: 'business',
    });
    const facts = ticket({
      priority: 'P2',
      events: [waiting(tue('16:00')), reopenStatus(wed('10:00'))],
    });
    const during = evaluate(facts, tue('20:00'), policy).restoration;
    expect(during.state).toBe('paused');
    expect(during.remainingMs).toBe(2 * HOUR);
    const after = evaluate(facts, wed('11:00'), policy).restoration;
    expect(after.state).toBe('at-risk');
    expect(iso(after.dueAt)).toBe(iso(wed('12:00')));
    expect(after.remainingMs).toBe(HOUR);
  });

  it('follows the policy’s pausedBy data (a policy that also pauses first response)', () => {
    const policy = copyPolicy();
    policy.pausedBy['first-response'] = ['waiting-on-customer'];
    const s = evaluate(paused, tue('13:30'), policy)['first-response'];
    expect(iso(s.dueAt)).toBe(iso(tue('16:00')));
    expect(s.remainingMs).toBe(2.5 * HOUR);
  });
});

describe('evaluateTicket: priority upgrade (from-change, the default)', () => {
  // Premier+ P3 created Tue 10:00, raised to P1 at 12:00.
  const upgraded = ticket({ priority: 'P3', events: [priority(tue('12:00'), 'P1')] });

  it('before the change, runs the P3 targets', () => {
    const s = evaluate(upgraded, tue('11:00'));
    expect(iso(s['first-response'].dueAt)).toBe(iso(wed('17:00')));
    expect(s.restoration.state).toBe('none');
  });

  it('runs the P1 first-response target from the change', () => {
    const s = evaluate(upgraded, tue('12:30'))['first-response'];
    expect(s.state).toBe('running');
    expect(iso(s.startedAt)).toBe(iso(tue('12:00')));
    expect(iso(s.dueAt)).toBe(iso(tue('13:00')));
    expect(s.remainingMs).toBe(30 * MINUTE);
  });

  it('restoration, which gains a target at P1, starts at the change', () => {
    const s = evaluate(upgraded, tue('12:30')).restoration;
    expect(s.state).toBe('running');
    expect(iso(s.startedAt)).toBe(iso(tue('12:00')));
    expect(iso(s.dueAt)).toBe(iso(tue('16:00')));
    expect(s.remainingMs).toBe(3.5 * HOUR);
  });

  it('the update cadence becomes hourly from the change', () => {
    const s = evaluate(upgraded, tue('12:30')).update;
    expect(iso(s.dueAt)).toBe(iso(tue('13:00')));
    expect(s.remainingMs).toBe(30 * MINUTE);
  });

  it('the new P1 first-response target breaches (credit-eligible) when missed', () => {
    const s = evaluate(upgraded, tue('13:30'))['first-response'];
    expect(s.state).toBe('breached');
    expect(iso(s.breachedAt)).toBe(iso(tue('13:00')));
    expect(s.breaches).toBe(1);
    expect(s.creditEligible).toBe(true);
  });

  it('a first response already met stays met; the open update window is re-targeted', () => {
    const facts = ticket({
      priority: 'P3',
      events: [reply(tue('11:00')), priority(tue('12:00'), 'P1')],
    });
    const s = evaluate(facts, tue('12:30'));
    expect(s['first-response'].state).toBe('met');
    expect(iso(s['first-response'].metAt)).toBe(iso(tue('11:00')));
    expect(iso(s.update.dueAt)).toBe(iso(tue('13:00')));
  });

  it('on Standard, P3→P1 gives first response 4 h from the change and still no restoration', () => {
    const facts = ticket({
      tier: 'standard',
      priority: 'P3',
      events: [priority(tue('12:00'), 'P1')],
    });
    const s = evaluate(facts, tue('12:30'));
    expect(iso(s['first-response'].dueAt)).toBe(iso(tue('16:00')));
    expect(s.restoration.state).toBe('none');
    expect(iso(s.update.dueAt)).toBe(iso(wed('12:00')));
  });
});

describe('evaluateTicket: priority downgrade (from-change)', () => {
  it('P1→P3: first response becomes next business day from the change; restoration → none', () => {
    const facts = ticket({ events: [priority(tue('10:30'), 'P3')] });
    const s = evaluate(facts, tue('11:30'));
    const firstResponse = s['first-response'];
    expect(firstResponse.state).toBe('running');
    expect(iso(firstResponse.dueAt)).toBe(iso(wed('17:00')));
    // Open time left: Tue 11:30→17:00 and Wed 09:00→17:00.
    expect(firstResponse.remainingMs).toBe(13.5 * HOUR);
    expect(firstResponse.breaches).toBe(0);
    expect(s.restoration.state).toBe('none');
    expect(s.restoration.dueAt).toBeUndefined();
    expect(s.restoration.breaches).toBe(0);
    // Update: 84 h from 10:30 is Fri 22:30, moved to Mon 09:00.
    expect(iso(s.update.dueAt)).toBe(iso(paris('2026-03-16', '09:00')));
  });

  it('a first-response breach before a downgrade stays counted once and credit-eligible', () => {
    // P1 first response due 11:00, missed; lowered to P3 at 11:30; first reply Wed 10:00.
    const facts = ticket({ events: [priority(tue('11:30'), 'P3'), reply(wed('10:00'))] });
    for (const now of [tue('12:00'), wed('12:00'), paris('2026-03-13', '12:00')]) {
      const s = evaluate(facts, now)['first-response'];
      expect(s.breaches).toBe(1);
      expect(s.creditEligible).toBe(true);
    }
  });

  it('decided: a downgrade does not turn a breached first response back into running or met', () => {
    // The spec re-targets metrics that are "still running"; a breached one is not. A demanding
    // lead does not want a downgrade to wash a missed P1 first response into "met".
    const facts = ticket({ events: [priority(tue('11:30'), 'P3'), reply(wed('10:00'))] });
    for (const now of [tue('12:00'), wed('12:00')]) {
      const s = evaluate(facts, now)['first-response'];
      expect(s.state).toBe('breached');
      expect(iso(s.breachedAt)).toBe(iso(tue('11:00')));
    }
  });

  it('a restoration breach before a downgrade to P3 stays counted', () => {
    const facts = ticket({ events: [priority(tue('15:00'), 'P3')] });
    expect(evaluate(facts, tue('16:00')).restoration.breaches).toBe(1);
  });

  it('decided: a restoration breached before a downgrade to P3 reports breached, not none', () => {
    const facts = ticket({ events: [priority(tue('15:00'), 'P3')] });
    const s = evaluate(facts, tue('16:00')).restoration;
    expect(s.state).toBe('breached');
    expect(iso(s.breachedAt)).toBe(iso(tue('14:00')));
  });
});

describe('evaluateTicket: a breach is never counted twice across priority changes', () => {
  it.each<[string, TicketFacts, Date, MetricId]>([
    [
      'first response: P2 missed at 14:00, raised to P1 at 15:00, still no reply at 16:30',
      ticket({ priority: 'P2', events: [priority(tue('15:00'), 'P1')] }),
      tue('16:30'),
      'first-response',
    ],
    [
      'first response: P1 missed at 11:00, lowered to P2 at 11:30, still no reply at 16:00',
      ticket({ events: [priority(tue('11:30'), 'P2')] }),
      tue('16:00'),
      'first-response',
    ],
    [
      'restoration: P2 missed at 18:00, raised to P1 at 18:30, still not restored at 23:00',
      ticket({ priority: 'P2', events: [reply(tue('10:10')), priority(tue('18:30'), 'P1')] }),
      tue('23:00'),
      'restoration',
    ],
    [
      'update: hourly window missed at 11:00, lowered to P2 at 12:00, still silent Wed 13:00',
      ticket({ events: [priority(tue('12:00'), 'P2')] }),
      wed('13:00'),
      'update',
    ],
    [
      'first response (pinned property counterexample, seed 20260310): Standard P1 missed at ' +
        '04:00Z, lowered to P2 1 ms later, still no reply at 12:00Z',
      ticket({
        tier: 'standard',
        region: 'amer',
        createdAt: new Date('2026-03-02T00:00:00.000Z'),
        events: [priority(new Date('2026-03-02T04:00:00.001Z'), 'P2')],
      }),
      new Date('2026-03-02T12:00:00.002Z'),
      'first-response',
    ],
  ])('%s → one breach', (_label, facts, now, metric) => {
    const s = evaluate(facts, now)[metric];
    expect(s.state).toBe('breached');
    expect(s.breaches).toBe(1);
  });

  it('decided: a first response breached before an upgrade keeps its original breach instant', () => {
    // P2 first response missed at 14:00; raised to P1 at 15:00. Still no reply: it stays breached
    // at 14:00 rather than running again under a fresh P1 hour.
    const facts = ticket({ priority: 'P2', events: [priority(tue('15:00'), 'P1')] });
    for (const now of [tue('15:30'), tue('16:30')]) {
      const s = evaluate(facts, now)['first-response'];
      expect(s.state).toBe('breached');
      expect(iso(s.breachedAt)).toBe(iso(tue('14:00')));
    }
  });

  it('decided: an overdue update window stays breached across a priority change', () => {
    // P1 hourly window due 11:00, missed; lowered to P2 at 12:00; still no update at 12:30.
    const facts = ticket({ events: [priority(tue('12:00'), 'P2')] });
    const s = evaluate(facts, tue('12:30')).update;
    expect(s.state).toBe('breached');
    expect(iso(s.breachedAt)).toBe(iso(tue('11:00')));
  });
});

describe('evaluateTicket: priority change counted from the start (policy variant)', () => {
  const fromStart: Policy = { ...copyPolicy(), priorityChange: 'from-start' };

  it('P3→P1: the P1 targets count from creation', () => {
    const facts = ticket({ priority: 'P3', events: [priority(tue('10:30'), 'P1')] });
    const s = evaluate(facts, tue('10:45'), fromStart);
    expect(s['first-response'].state).toBe('at-risk');
    expect(iso(s['first-response'].startedAt)).toBe(iso(tue('10:00')));
    expect(iso(s['first-response'].dueAt)).toBe(iso(tue('11:00')));
    expect(s['first-response'].remainingMs).toBe(15 * MINUTE);
    expect(iso(s.update.dueAt)).toBe(iso(tue('11:00')));
  });

  it('a metric that gains a target (restoration at P1) counts from creation too', () => {
    const facts = ticket({ priority: 'P3', events: [priority(tue('10:30'), 'P1')] });
    const s = evaluate(facts, tue('10:45'), fromStart).restoration;
    expect(s.state).toBe('running');
    expect(iso(s.dueAt)).toBe(iso(tue('14:00')));
    expect(s.remainingMs).toBe(3.25 * HOUR);
  });

  it('paused time stays excluded (and, for contrast, from-change counts from the change)', () => {
    // P2, waits 10:30–11:30, raised to P1 at 12:00.
    const facts = ticket({
      priority: 'P2',
      events: [waiting(tue('10:30')), reopenStatus(tue('11:30')), priority(tue('12:00'), 'P1')],
    });
    const start = evaluate(facts, tue('12:15'), fromStart).restoration;
    expect(iso(start.dueAt)).toBe(iso(tue('15:00')));
    expect(start.remainingMs).toBe(2.75 * HOUR);
    const change = evaluate(facts, tue('12:15')).restoration;
    expect(iso(change.dueAt)).toBe(iso(tue('16:00')));
    expect(iso(evaluate(facts, tue('12:15'))['first-response'].dueAt)).toBe(iso(tue('13:00')));
  });

  it('an upgrade whose new deadline has already passed breaches at that deadline', () => {
    // P2 created 10:00, raised to P1 at 12:00: P1 first response from the start was due 11:00.
    const facts = ticket({ priority: 'P2', events: [priority(tue('12:00'), 'P1')] });
    const s = evaluate(facts, tue('12:15'), fromStart)['first-response'];
    expect(s.state).toBe('breached');
    expect(iso(s.breachedAt)).toBe(iso(tue('11:00')));
    expect(s.breaches).toBe(1);
    expect(s.creditEligible).toBe(true);
  });

  it('a breach before the change and a passed new deadline count as one breach', () => {
    // P2 first response missed at 14:00; raised to P1 at 15:00 (P1 from the start: 11:00).
    const facts = ticket({ priority: 'P2', events: [priority(tue('15:00'), 'P1')] });
    const s = evaluate(facts, tue('16:00'), fromStart)['first-response'];
    expect(s.state).toBe('breached');
    expect(s.breaches).toBe(1);
  });
});

describe('evaluateTicket: update cadence', () => {
  it('each reply closes the window (met if on time) and opens the next; late ones count', () => {
    // Hourly: 10:00→11:00 closed 10:30; 10:30→11:30 closed 11:20; 11:20→12:20 closed 12:40 (late).
    const facts = ticket({
      events: [reply(tue('10:30')), reply(tue('11:20')), reply(tue('12:40'))],
    });
    const s = evaluate(facts, tue('13:00')).update;
    expect(s.state).toBe('running');
    expect(iso(s.startedAt)).toBe(iso(tue('12:40')));
    expect(iso(s.dueAt)).toBe(iso(tue('13:40')));
    expect(s.remainingMs).toBe(40 * MINUTE);
    expect(s.breaches).toBe(1);
    expect(s.creditEligible).toBe(false);
  });

  it('counts one breach per missed window', () => {
    // 10:00→11:00 closed 11:30 (late); 11:30→12:30 closed 12:45 (late); 12:45→13:45 closed 13:00.
    const facts = ticket({
      events: [reply(tue('11:30')), reply(tue('12:45')), reply(tue('13:00'))],
    });
    const s = evaluate(facts, tue('13:10')).update;
    expect(s.state).toBe('running');
    expect(iso(s.dueAt)).toBe(iso(tue('14:00')));
    expect(s.breaches).toBe(2);
  });

  it('a long silence is one missed window: breached once until the next update', () => {
    const s = evaluate(ticket(), tue('15:00')).update;
    expect(s.state).toBe('breached');
    expect(iso(s.breachedAt)).toBe(iso(tue('11:00')));
    expect(s.remainingMs).toBe(-4 * HOUR);
    expect(s.breaches).toBe(1);
  });

  it('resolved stops it: met when the last window was on time', () => {
    const facts = ticket({ events: [reply(tue('10:30')), resolved(tue('11:00'))] });
    for (const now of [tue('11:00'), wed('20:00')]) {
      const s = evaluate(facts, now).update;
      expect(s.state).toBe('met');
      expect(s.breaches).toBe(0);
    }
  });

  it('resolved stops it: breached when the last window was missed', () => {
    const facts = ticket({ events: [reply(tue('10:30')), resolved(tue('12:00'))] });
    const s = evaluate(facts, wed('20:00')).update;
    expect(s.state).toBe('breached');
    expect(iso(s.breachedAt)).toBe(iso(tue('11:30')));
    expect(s.breaches).toBe(1);
  });

  it('resolved on time after an earlier missed window: met, and the earlier breach stays counted', () => {
    const facts = ticket({ events: [reply(tue('11:30')), resolved(tue('12:00'))] });
    const s = evaluate(facts, wed('20:00')).update;
    expect(s.state).toBe('met');
    expect(s.breaches).toBe(1);
  });

  it('reopened opens a fresh window', () => {
    const facts = ticket({
      events: [reply(tue('10:30')), resolved(tue('11:00')), reopened(tue('14:00'))],
    });
    const running = evaluate(facts, tue('14:30')).update;
    expect(running.state).toBe('running');
    expect(iso(running.startedAt)).toBe(iso(tue('14:00')));
    expect(iso(running.dueAt)).toBe(iso(tue('15:00')));
    expect(running.remainingMs).toBe(30 * MINUTE);
    expect(running.breaches).toBe(0);
    const missed = evaluate(facts, tue('15:30')).update;
    expect(missed.state).toBe('breached');
    expect(iso(missed.breachedAt)).toBe(iso(tue('15:00')));
    expect(missed.breaches).toBe(1);
  });

  it('a P3 weekly (Standard) update due on Friday evening moves to Monday’s opening', () => {
    const facts = ticket({
      tier: 'standard',
      priority: 'P3',
      createdAt: paris('2026-03-13', '18:00'),
    });
    const s = evaluate(facts, paris('2026-03-20', '20:00')).update;
    expect(s.state).toBe('running');
    expect(iso(s.dueAt)).toBe(iso(paris('2026-03-23', '09:00')));
  });

  it('a snapped due instant is the deadline: not breached between the raw and moved instants', () => {
    // Premier P3 (84 h) created Tue 10:00: raw due Fri 22:00, moved to Mon 09:00.
    const facts = ticket({ tier: 'premier', priority: 'P3' });
    expect(evaluate(facts, paris('2026-03-14', '12:00')).update.state).toBe('running');
    const late = evaluate(facts, paris('2026-03-16', '09:30')).update;
    expect(late.state).toBe('breached');
    expect(iso(late.breachedAt)).toBe(iso(paris('2026-03-16', '09:00')));
  });

  it('a window opened by a reply is moved too (P3: reply Tue 16:00 + 84 h = Sat 04:00 → Mon 09:00)', () => {
    const facts = ticket({ priority: 'P3', events: [reply(tue('16:00'))] });
    const s = evaluate(facts, wed('10:00')).update;
    expect(iso(s.startedAt)).toBe(iso(tue('16:00')));
    expect(iso(s.dueAt)).toBe(iso(paris('2026-03-16', '09:00')));
  });

  it('P1 and P2 cadences are never moved to open hours', () => {
    const night = ticket({ createdAt: tue('20:00') });
    expect(iso(evaluate(night, tue('20:10')).update.dueAt)).toBe(iso(tue('21:00')));
    const standardP2 = ticket({ tier: 'standard', priority: 'P2' });
    expect(iso(evaluate(standardP2, tue('11:00')).update.dueAt)).toBe(
      iso(paris('2026-03-13', '22:00')),
    );
  });

  it('runs on elapsed time across the spring change (168 h ends at 11:00 summer time)', () => {
    const facts = ticket({
      tier: 'standard',
      priority: 'P4',
      createdAt: paris('2026-03-27', '10:00'),
    });
    const s = evaluate(facts, paris('2026-03-27', '11:00')).update;
    expect(iso(s.dueAt)).toBe(iso(new Date('2026-04-03T11:00:00+02:00')));
    expect(s.remainingMs).toBe(167 * HOUR);
  });
});

describe('evaluateTicket: restoration', () => {
  it('is met by the first restored event', () => {
    const facts = ticket({ events: [resolved(tue('13:00')), restored(tue('12:00'))] });
    const s = evaluate(facts, tue('18:00')).restoration;
    expect(s.state).toBe('met');
    expect(iso(s.metAt)).toBe(iso(tue('12:00')));
    expect(s.breaches).toBe(0);
  });

  it('is met by resolution when nothing was restored before', () => {
    const s = evaluate(ticket({ events: [resolved(tue('13:30'))] }), tue('18:00')).restoration;
    expect(s.state).toBe('met');
    expect(iso(s.metAt)).toBe(iso(tue('13:30')));
  });

  it('is met by a restoration exactly at the deadline', () => {
    const s = evaluate(ticket({ events: [restored(tue('14:00'))] }), tue('18:00')).restoration;
    expect(s.state).toBe('met');
  });

  it('a late restoration breaches at the deadline, never credit-eligible', () => {
    const s = evaluate(ticket({ events: [restored(tue('15:00'))] }), tue('18:00')).restoration;
    expect(s.state).toBe('breached');
    expect(iso(s.breachedAt)).toBe(iso(tue('14:00')));
    expect(s.breaches).toBe(1);
    expect(s.creditEligible).toBe(false);
  });
});

describe('evaluateTicket: the account’s “as agreed” cadence', () => {
  it('replaces the hourly P1 cadence on Premier tiers, for every window', () => {
    const facts = ticket({ cadenceOverrides: { P1: 30 }, events: [reply(tue('10:20'))] });
    expect(iso(evaluate(facts, tue('10:10')).update.dueAt)).toBe(iso(tue('10:30')));
    const s = evaluate(facts, tue('10:25')).update;
    expect(iso(s.dueAt)).toBe(iso(tue('10:50')));
    expect(s.remainingMs).toBe(25 * MINUTE);
  });

  it('replaces the daily P2 cadence on Premier', () => {
    const facts = ticket({ tier: 'premier', priority: 'P2', cadenceOverrides: { P2: 120 } });
    expect(iso(evaluate(facts, tue('10:30')).update.dueAt)).toBe(iso(tue('12:00')));
  });

  it('applies only to the ticket’s own priority', () => {
    const facts = ticket({ cadenceOverrides: { P2: 120 } });
    expect(iso(evaluate(facts, tue('10:30')).update.dueAt)).toBe(iso(tue('11:00')));
  });

  it('applies from an upgrade to P1', () => {
    const facts = ticket({
      priority: 'P3',
      cadenceOverrides: { P1: 30 },
      events: [priority(tue('12:00'), 'P1')],
    });
    expect(iso(evaluate(facts, tue('12:10')).update.dueAt)).toBe(iso(tue('12:30')));
  });

  it('is ignored on Standard', () => {
    const facts = ticket({ tier: 'standard', cadenceOverrides: { P1: 30 } });
    expect(iso(evaluate(facts, tue('10:10')).update.dueAt)).toBe(iso(wed('10:00')));
  });

  it('is ignored for P3 and P4', () => {
    for (const p of ['P3', 'P4'] as const) {
      const facts = ticket({ priority: p, cadenceOverrides: { P1: 30, P2: 120 } });
      const dueAt = evaluate(facts, tue('10:10')).update.dueAt;
      expect(iso(dueAt)).toBe(
        iso(p === 'P3' ? paris('2026-03-16', '09:00') : paris('2026-03-17', '10:00')),
      );
    }
  });
});

describe('evaluateTicket: next business day (Premier P3/P4 first response)', () => {
  it.each<[string, Date, Date]>([
    ['Saturday 11:00', paris('2026-03-14', '11:00'), paris('2026-03-16', '17:00')],
    ['Friday 10:00', paris('2026-03-13', '10:00'), paris('2026-03-16', '17:00')],
    ['Sunday 23:00', paris('2026-03-15', '23:00'), paris('2026-03-16', '17:00')],
    [
      'Monday 08:00, before opening (strictly after the creation date: Tuesday)',
      paris('2026-03-16', '08:00'),
      paris('2026-03-17', '17:00'),
    ],
    [
      'Thursday 23:30 UTC, already Friday 00:30 in Paris (the region’s date counts)',
      new Date('2026-03-12T23:30:00Z'),
      paris('2026-03-16', '17:00'),
    ],
    [
      'Saturday before the spring change',
      paris('2026-03-28', '12:00'),
      new Date('2026-03-30T17:00:00+02:00'),
    ],
  ])('created %s is due at the following business day’s closing', (_label, createdAt, dueAt) => {
    const facts = ticket({ priority: 'P3', createdAt });
    const s = evaluate(facts, new Date(createdAt.getTime() + MINUTE))['first-response'];
    expect(iso(s.dueAt)).toBe(iso(dueAt));
  });

  it('a Saturday P3 is running with one business day left (8 h of open time)', () => {
    const facts = ticket({
      tier: 'premier',
      priority: 'P3',
      createdAt: paris('2026-03-14', '11:00'),
    });
    const s = evaluate(facts, paris('2026-03-14', '12:00'))['first-response'];
    expect(s.state).toBe('running');
    expect(s.remainingMs).toBe(8 * HOUR);
  });
});

describe('evaluateTicket: business-clock targets outside business hours', () => {
  // A policy copy whose Premier+ P3 first response is 4 business hours.
  const policy = withTarget('premier-plus', 'P3', 'first-response', {
    kind: 'duration',
    minutes: 240,
    clock: 'business',
  });

  it('a ticket created Tuesday evening starts counting at Wednesday’s opening', () => {
    const facts = ticket({ priority: 'P3', createdAt: tue('20:00') });
    const night = evaluate(facts, tue('22:00'), policy)['first-response'];
    expect(night.state).toBe('running');
    expect(iso(night.dueAt)).toBe(iso(wed('13:00')));
    expect(night.remainingMs).toBe(4 * HOUR);
    const late = evaluate(facts, wed('12:00'), policy)['first-response'];
    expect(late.state).toBe('at-risk');
    expect(late.remainingMs).toBe(HOUR);
  });

  it('a ticket created on Saturday is due Monday 13:00', () => {
    const facts = ticket({ priority: 'P3', createdAt: paris('2026-03-14', '11:00') });
    const s = evaluate(facts, paris('2026-03-15', '11:00'), policy)['first-response'];
    expect(iso(s.dueAt)).toBe(iso(paris('2026-03-16', '13:00')));
    expect(s.remainingMs).toBe(4 * HOUR);
  });

  it('a 24×7 target does not wait for the opening (P1 at 20:00 is due 21:00)', () => {
    const facts = ticket({ createdAt: tue('20:00') });
    expect(iso(evaluate(facts, tue('20:30'))['first-response'].dueAt)).toBe(iso(tue('21:00')));
  });
});

describe('evaluateTicket: event handling', () => {
  const history = [
    reply(tue('10:40')),
    waiting(tue('11:00')),
    priority(tue('11:30'), 'P2'),
    reopenStatus(tue('12:00')),
    reply(tue('13:30')),
    restored(tue('15:00')),
    resolved(tue('16:00')),
    reopened(wed('09:00')),
  ];
  const nows = [tue('10:50'), tue('11:45'), tue('14:00'), tue('15:30'), wed('09:30'), wed('20:00')];

  it('a note changes nothing', () => {
    const notes = [note(tue('10:05')), note(tue('11:00')), note(tue('13:30')), note(wed('09:10'))];
    for (const now of nows) {
      expect(evaluate(ticket({ events: [...history, ...notes] }), now)).toEqual(
        evaluate(ticket({ events: history }), now),
      );
    }
    const onlyNotes = evaluate(ticket({ events: notes }), tue('10:30'))['first-response'];
    expect(onlyNotes.state).toBe('running');
    expect(onlyNotes.remainingMs).toBe(30 * MINUTE);
  });

  it('the order of the events array does not matter', () => {
    const shuffled = [5, 2, 7, 0, 3, 6, 1, 4]
      .map((i) => history[i])
      .filter((e): e is TicketEvent => e !== undefined);
    expect(shuffled).toHaveLength(history.length);
    for (const now of nows) {
      expect(evaluate(ticket({ events: shuffled }), now)).toEqual(
        evaluate(ticket({ events: history }), now),
      );
      expect(evaluate(ticket({ events: [...history].reverse() }), now)).toEqual(
        evaluate(ticket({ events: history }), now),
      );
    }
  });

  it('events at the same instant keep their array order (stable sort)', () => {
    const openLast = ticket({ events: [waiting(tue('11:00')), reopenStatus(tue('11:00'))] });
    const waitLast = ticket({ events: [reopenStatus(tue('11:00')), waiting(tue('11:00'))] });
    expect(evaluate(openLast, tue('12:00')).restoration.state).toBe('running');
    expect(evaluate(waitLast, tue('12:00')).restoration.state).toBe('paused');
  });
});

describe('evaluateTicket: more pause interplay', () => {
  it('a reply while waiting is the first response and opens a new update window, paused at once', () => {
    const facts = ticket({ events: [waiting(tue('10:30')), reply(tue('10:45'))] });
    const s = evaluate(facts, tue('11:30'));
    expect(s['first-response'].state).toBe('met');
    expect(iso(s['first-response'].metAt)).toBe(iso(tue('10:45')));
    expect(s.update.state).toBe('paused');
    expect(iso(s.update.startedAt)).toBe(iso(tue('10:45')));
    expect(s.update.remainingMs).toBe(HOUR);
    expect(iso(s.update.dueAt)).toBe(iso(tue('12:30')));
    expect(s.update.breaches).toBe(0);
  });

  it('a paused metric is reported paused, not at risk, even with little time left', () => {
    // P1 restoration due 14:00; waits from 13:30 with 30 min left (12.5% of 4 h).
    const s = evaluate(ticket({ events: [waiting(tue('13:30'))] }), tue('15:00')).restoration;
    expect(s.state).toBe('paused');
    expect(s.remainingMs).toBe(30 * MINUTE);
    expect(iso(s.dueAt)).toBe(iso(tue('15:30')));
  });

  it('a priority change while waiting: the new target starts at the change and stays paused', () => {
    // P2 waits 11:00–13:00, raised to P1 at 12:00 (from-change): 4 h from 12:00, paused until 13:00.
    const facts = ticket({
      priority: 'P2',
      events: [waiting(tue('11:00')), priority(tue('12:00'), 'P1'), reopenStatus(tue('13:00'))],
    });
    const during = evaluate(facts, tue('12:30')).restoration;
    expect(during.state).toBe('paused');
    expect(during.remainingMs).toBe(4 * HOUR);
    expect(iso(during.dueAt)).toBe(iso(tue('16:30')));
    const after = evaluate(facts, tue('13:30')).restoration;
    expect(after.state).toBe('running');
    expect(iso(after.dueAt)).toBe(iso(tue('17:00')));
    // First response never pauses: P1 hour from the change, due 13:00, missed at 13:30.
    expect(evaluate(facts, tue('13:30'))['first-response'].state).toBe('breached');
  });

  it('an update exactly at the end of its window is on time', () => {
    const facts = ticket({ events: [reply(tue('11:00')), reply(tue('12:00'))] });
    const s = evaluate(facts, tue('12:10')).update;
    expect(s.breaches).toBe(0);
    expect(iso(s.dueAt)).toBe(iso(tue('13:00')));
  });
});

describe('evaluateTicket: region calendars', () => {
  // Thursday 2026-03-12 23:30 UTC is Fri 00:30 in Paris, Thu 16:30 in Los Angeles (already summer
  // time since 8 March), Fri 07:30 in Singapore.
  it.each<[string, Date]>([
    ['emea', paris('2026-03-16', '17:00')],
    ['amer', new Date('2026-03-13T17:00:00-07:00')],
    ['apac', new Date('2026-03-16T17:00:00+08:00')],
  ])('next business day is read in the ticket’s region (%s)', (region, dueAt) => {
    const facts = ticket({ priority: 'P3', region, createdAt: new Date('2026-03-12T23:30:00Z') });
    const s = evaluate(facts, new Date('2026-03-13T00:00:00Z'))['first-response'];
    expect(iso(s.dueAt)).toBe(iso(dueAt));
  });

  it('skips a holiday of the region calendar (policy data)', () => {
    const policy = copyPolicy();
    const emea = policy.calendars.emea;
    if (emea === undefined) throw new Error('emea calendar missing');
    emea.holidays = ['2026-03-11'];
    const facts = ticket({ priority: 'P3' });
    const s = evaluate(facts, tue('10:30'), policy)['first-response'];
    expect(iso(s.dueAt)).toBe(iso(paris('2026-03-12', '17:00')));
    // Open time left: Tue 10:30→17:00 and Thu 09:00→17:00.
    expect(s.remainingMs).toBe(14.5 * HOUR);
  });

  it('moves a P3 update due on a holiday morning to the next opening', () => {
    // Premier P4 (168 h) created Tue 10:00 is due next Tue 10:00; that Tuesday is a holiday.
    const policy = copyPolicy();
    const emea = policy.calendars.emea;
    if (emea === undefined) throw new Error('emea calendar missing');
    emea.holidays = ['2026-03-17'];
    const facts = ticket({ tier: 'premier', priority: 'P4' });
    const s = evaluate(facts, tue('10:30'), policy).update;
    expect(iso(s.dueAt)).toBe(iso(paris('2026-03-18', '09:00')));
  });
});

describe('evaluateTicket: update cadence edge cases', () => {
  it('resolved while waiting, with time left in the paused window: met', () => {
    // Window 10:30→11:30, paused at 10:45 with 45 min left, resolved at 14:00 while waiting.
    const facts = ticket({
      events: [reply(tue('10:30')), waiting(tue('10:45')), resolved(tue('14:00'))],
    });
    const s = evaluate(facts, wed('10:00')).update;
    expect(s.state).toBe('met');
    expect(s.breaches).toBe(0);
  });

  it('a reply after the raw due instant but before the moved one is on time', () => {
    // Premier P3 (84 h) created Tue 10:00: raw due Fri 22:00, moved to Mon 09:00; reply Sat 10:00.
    const facts = ticket({
      tier: 'premier',
      priority: 'P3',
      events: [reply(paris('2026-03-14', '10:00'))],
    });
    const s = evaluate(facts, paris('2026-03-14', '11:00')).update;
    expect(s.breaches).toBe(0);
    expect(iso(s.startedAt)).toBe(iso(paris('2026-03-14', '10:00')));
    // Sat 10:00 + 84 h = Tue 22:00, moved to Wed 09:00.
    expect(iso(s.dueAt)).toBe(iso(paris('2026-03-18', '09:00')));
  });

  it('decided: a paused P3 window reports the moved due instant if resumed now', () => {
    // Premier P3 update, waiting from Tue 11:00 with 83 h left; resumed at Tue 12:00 it would be
    // due Fri 23:00, which moves to the next opening, Mon 09:00.
    const facts = ticket({ tier: 'premier', priority: 'P3', events: [waiting(tue('11:00'))] });
    const s = evaluate(facts, tue('12:00')).update;
    expect(s.state).toBe('paused');
    expect(iso(s.dueAt)).toBe(iso(paris('2026-03-16', '09:00')));
  });
});
