import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTicketWorkload } from '../../../test/fixtures/ticket-workload';
import { defaultPolicy, evaluateTicket, forecastTicket } from '../index';
import type { MetricForecast, MetricState, TicketFacts } from '../index';

const d = (iso: string) => new Date(iso);

/** The state a forecast predicts at `atMs`, if no event happens in between. */
function predicted(forecast: MetricForecast, atMs: number): MetricState {
  if (forecast.breachesAfter && atMs > forecast.breachesAfter.getTime()) return 'breached';
  if (forecast.atRiskAt && atMs >= forecast.atRiskAt.getTime()) return 'at-risk';
  return forecast.status.state;
}

describe('forecastTicket', () => {
  it('gives the at-risk and breach instants of a 24×7 target', () => {
    const ticket: TicketFacts = {
      tier: 'premier-plus',
      priority: 'P1',
      region: 'emea',
      createdAt: d('2026-03-10T10:00:00+01:00'),
      events: [],
    };
    const [firstResponse] = forecastTicket(ticket, defaultPolicy, d('2026-03-10T10:05:00+01:00'));
    expect(firstResponse?.status.state).toBe('running');
    expect(firstResponse?.atRiskAt).toEqual(d('2026-03-10T10:45:00+01:00'));
    expect(firstResponse?.breachesAfter).toEqual(d('2026-03-10T11:00:00+01:00'));
  });

  it('counts the time to at-risk in open hours on a business-clock target', () => {
    // Premier P3, Friday 16:00 Paris: due Monday 17:00 after 9 open hours; at risk with 2 h 15 left.
    const ticket: TicketFacts = {
      tier: 'premier',
      priority: 'P3',
      region: 'emea',
      createdAt: d('2026-03-13T16:00:00+01:00'),
      events: [],
    };
    const [firstResponse] = forecastTicket(ticket, defaultPolicy, d('2026-03-13T16:30:00+01:00'));
    expect(firstResponse?.atRiskAt).toEqual(d('2026-03-16T14:45:00+01:00'));
    expect(firstResponse?.breachesAfter).toEqual(d('2026-03-16T17:00:00+01:00'));
  });

  it('gives no transition instants for met, paused or untracked metrics', () => {
    const ticket: TicketFacts = {
      tier: 'standard',
      priority: 'P3',
      region: 'amer',
      createdAt: d('2026-03-10T10:00:00-07:00'),
      events: [{ type: 'status', at: d('2026-03-10T10:10:00-07:00'), to: 'waiting-on-customer' }],
    };
    const forecasts = forecastTicket(ticket, defaultPolicy, d('2026-03-10T11:00:00-07:00'));
    expect(forecasts.map((f) => f.status.state)).toEqual(['none', 'none', 'paused']);
    for (const forecast of forecasts) {
      expect(forecast.atRiskAt).toBeUndefined();
      expect(forecast.breachesAfter).toBeUndefined();
    }
  });

  it('predicts evaluateTicket at any later instant when nothing happens', () => {
    const { tickets, now } = generateTicketWorkload({ count: 300, seed: 5 });
    const quiet = tickets.map((ticket) => ({
      ...ticket,
      events: ticket.events.filter((event) => event.at.getTime() <= now.getTime()),
    }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: quiet.length - 1 }),
        fc.integer({ min: 0, max: 14 * 24 * 3_600_000 }),
        (index, aheadMs) => {
          const ticket = quiet[index] as TicketFacts;
          const later = now.getTime() + aheadMs;
          const actual = evaluateTicket(ticket, defaultPolicy, new Date(later));
          forecastTicket(ticket, defaultPolicy, now).forEach((forecast, i) => {
            expect(predicted(forecast, later)).toBe(actual[i]?.state);
          });
        },
      ),
      { seed: 20261125, numRuns: 1500 },
    );
  });
});
