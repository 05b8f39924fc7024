import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../test/render';
import { defaultPolicy, explainTicket, type Policy, type TicketFacts } from '../../../sla';
import { DueLedger } from './due-ledger';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ');
const H = 3_600_000;

const emea = { ...defaultPolicy.calendars.emea!, holidays: ['2026-03-09'] };
const policy: Policy = { ...defaultPolicy, calendars: { ...defaultPolicy.calendars, emea } };

function renderLedger(facts: TicketFacts, nowIso: string, metricIndex: number) {
  const explanation = explainTicket(facts, policy, new Date(nowIso))[metricIndex];
  if (!explanation) throw new Error('no explanation');
  const result = renderWithProviders(<DueLedger explanation={explanation} calendar={emea} />);
  return { ...result, explanation };
}

async function openLedger(user: ReturnType<typeof renderWithProviders>['user'], metric: string) {
  await user.click(screen.getByText('Why this due time'));
  return within(screen.getByRole('list', { name: `${metric}: how the time was counted` }))
    .getAllByRole('listitem')
    .map((item) => plain(item.textContent));
}

describe('DueLedger', () => {
  it('names a holiday of the region and skips it', async () => {
    const facts: TicketFacts = {
      tier: 'premier',
      priority: 'P3',
      region: 'emea',
      createdAt: new Date('2026-03-06T16:00:00+01:00'),
      events: [],
    };
    const { user } = renderLedger(facts, '2026-03-07T10:00:00+01:00', 0);
    const stretches = await openLedger(user, 'First response');
    expect(stretches.map((text) => text.split(' · ')[0])).toEqual([
      'Counted',
      'Not counted',
      'Not counted',
      'Not counted',
      'Not counted',
      'Not counted',
      'Counted',
    ]);
    expect(stretches[4]).toContain('Not counted · 1 dclosed: holiday, Monday, March 9, 2026');
    expect(stretches[5]).toMatch(/^Not counted · 9 hclosed: outside business hours/);
    expect(plain(screen.getByText(/^Counted in total/).textContent)).toBe(
      'Counted in total: 9 h. Target: 9 h.',
    );
  });

  it('shows the time waiting on the customer as paused, and counts the rest to the target', async () => {
    const created = Date.parse('2026-03-02T10:00:00+01:00');
    const facts: TicketFacts = {
      tier: 'premier',
      priority: 'P1',
      region: 'emea',
      createdAt: new Date(created),
      events: [
        { type: 'reply', at: new Date(created + H) },
        { type: 'status', at: new Date(created + H), to: 'waiting-on-customer' },
        { type: 'status', at: new Date(created + 2 * H), to: 'open' },
      ],
    };
    const { user } = renderLedger(facts, '2026-03-02T13:00:00+01:00', 1);
    const stretches = await openLedger(user, 'Restoration');
    expect(stretches).toEqual([
      expect.stringMatching(/^Counted · 1 hcounts: the 24×7 clock never stops/),
      expect.stringMatching(/^Not counted · 1 hpaused: waiting for the customer/),
      expect.stringMatching(/^Counted · 3 hcounts: the 24×7 clock never stops/),
    ]);
    expect(screen.getByText('P1 target: 4 h on the 24×7 clock.')).toBeInTheDocument();
    expect(plain(screen.getByText(/^Counted in total/).textContent)).toBe(
      'Counted in total: 4 h. Target: 4 h.',
    );
  });
});
