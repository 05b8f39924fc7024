import { describe, expect, it } from 'vitest';
import { generateTicketWorkload } from '../../../test/fixtures/ticket-workload';
import { defaultPolicy, evaluateTicket, explainTicket } from '../index';
import type { LedgerEntry, Policy, TicketFacts } from '../index';

const d = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const brief = (ledger: LedgerEntry[]) =>
  ledger.map((e) => [e.kind, e.from.toISOString(), e.to.toISOString(), e.localDate ?? null]);

const premierP3Friday: TicketFacts = {
  tier: 'premier',
  priority: 'P3',
  region: 'emea',
  createdAt: d('2026-03-13T10:00:00+01:00'),
  events: [],
};

describe('explainTicket', () => {
  it('explains "next business day": the counted hours and the closed evening, weekend and night', () => {
    const [firstResponse] = explainTicket(
      premierP3Friday,
      defaultPolicy,
      d('2026-03-14T12:00:00+01:00'),
    );
    expect(firstResponse?.target).toEqual({ kind: 'next-business-day' });
    expect(firstResponse?.clock).toBe('business');
    expect(firstResponse?.cause).toBe('created');
    expect(firstResponse?.targetMs).toBe(15 * HOUR);
    expect(brief(firstResponse?.ledger ?? [])).toEqual([
      ['counted', '2026-03-13T09:00:00.000Z', '2026-03-13T16:00:00.000Z', null],
      ['closed-hours', '2026-03-13T16:00:00.000Z', '2026-03-13T23:00:00.000Z', null],
      ['closed-day', '2026-03-13T23:00:00.000Z', '2026-03-14T23:00:00.000Z', '2026-03-14'],
      ['closed-day', '2026-03-14T23:00:00.000Z', '2026-03-15T23:00:00.000Z', '2026-03-15'],
      ['closed-hours', '2026-03-15T23:00:00.000Z', '2026-03-16T08:00:00.000Z', null],
      ['counted', '2026-03-16T08:00:00.000Z', '2026-03-16T16:00:00.000Z', null],
    ]);
  });

  it('names a holiday of the region calendar by its local date', () => {
    const emea = defaultPolicy.calendars.emea;
    if (!emea) throw new Error('fixture');
    const policy: Policy = {
      ...defaultPolicy,
      calendars: { ...defaultPolicy.calendars, emea: { ...emea, holidays: ['2026-03-16'] } },
    };
    const [firstResponse] = explainTicket(premierP3Friday, policy, d('2026-03-14T12:00:00+01:00'));
    const holiday = firstResponse?.ledger.find((entry) => entry.kind === 'holiday');
    expect(holiday?.localDate).toBe('2026-03-16');
    expect(firstResponse?.status.dueAt).toEqual(d('2026-03-17T17:00:00+01:00'));
  });

  it('shows a pause as a skipped stretch and moves the due instant by it', () => {
    const ticket: TicketFacts = {
      tier: 'premier-elite',
      priority: 'P1',
      region: 'emea',
      createdAt: d('2026-03-10T10:00:00+01:00'),
      events: [
        { type: 'reply', at: d('2026-03-10T10:10:00+01:00') },
        { type: 'status', at: d('2026-03-10T10:30:00+01:00'), to: 'waiting-on-customer' },
        { type: 'status', at: d('2026-03-10T11:30:00+01:00'), to: 'open' },
      ],
    };
    const [, restoration] = explainTicket(ticket, defaultPolicy, d('2026-03-10T12:00:00+01:00'));
    expect(restoration?.clock).toBe('24x7');
    expect(brief(restoration?.ledger ?? [])).toEqual([
      ['counted', '2026-03-10T09:00:00.000Z', '2026-03-10T09:30:00.000Z', null],
      ['paused', '2026-03-10T09:30:00.000Z', '2026-03-10T10:30:00.000Z', null],
      ['counted', '2026-03-10T10:30:00.000Z', '2026-03-10T14:00:00.000Z', null],
    ]);
    expect(restoration?.status.dueAt).toEqual(d('2026-03-10T15:00:00+01:00'));
  });

  it('shows a P3 update due outside open hours as moved to the next opening', () => {
    const saturday = { ...premierP3Friday, createdAt: d('2026-03-14T11:00:00+01:00') };
    const [, , update] = explainTicket(saturday, defaultPolicy, d('2026-03-14T12:00:00+01:00'));
    const last = update?.ledger.at(-1);
    expect(last?.kind).toBe('moved-to-opening');
    expect(last?.from).toEqual(d('2026-03-17T23:00:00+01:00'));
    expect(last?.to).toEqual(d('2026-03-18T09:00:00+01:00'));
  });

  it('says which priority change started the target and under which rule', () => {
    const raised: TicketFacts = {
      ...premierP3Friday,
      events: [{ type: 'priority', at: d('2026-03-13T11:00:00+01:00'), to: 'P1' }],
    };
    const [firstResponse, restoration] = explainTicket(
      raised,
      defaultPolicy,
      d('2026-03-13T11:30:00+01:00'),
    );
    expect(firstResponse?.priority).toBe('P1');
    expect(firstResponse?.cause).toBe('priority-change');
    expect(firstResponse?.priorityChange).toBe('from-change');
    expect(restoration?.ledger[0]?.from).toEqual(d('2026-03-13T11:00:00+01:00'));
  });

  it('gives no ledger for a metric without a target', () => {
    const [, restoration] = explainTicket(
      premierP3Friday,
      defaultPolicy,
      d('2026-03-14T12:00:00Z'),
    );
    expect(restoration?.status.state).toBe('none');
    expect(restoration?.ledger).toEqual([]);
  });

  it('agrees with evaluateTicket, and its counted stretches add up to the target', () => {
    const { tickets, now } = generateTicketWorkload({ count: 600, seed: 99 });
    for (const ticket of tickets) {
      const statuses = evaluateTicket(ticket, defaultPolicy, now);
      explainTicket(ticket, defaultPolicy, now).forEach((explanation, i) => {
        expect(explanation.status).toEqual(statuses[i]);
        if (explanation.targetMs === undefined) return;
        const counted = explanation.ledger
          .filter((entry) => entry.kind === 'counted')
          .reduce((sum, entry) => sum + entry.ms, 0);
        expect(counted).toBe(explanation.targetMs);
        for (let k = 1; k < explanation.ledger.length; k++) {
          expect(explanation.ledger[k]?.from).toEqual(explanation.ledger[k - 1]?.to);
        }
        if (explanation.status.state !== 'paused') {
          expect(explanation.ledger.at(-1)?.to).toEqual(explanation.status.dueAt);
        }
      });
    }
  });
});
