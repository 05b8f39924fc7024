import { act, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { createTestData, T0, type TestData } from '../../queries/test-query-client';
import { BreachBoardPage } from './breach-board-page';

const S = 1000;
const MIN = 60 * S;

let data: TestData;
beforeEach(() => {
  data = createTestData('breach-board');
  // react-virtual measures its scroll element, which jsdom lays out at 0 × 0.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await data.cleanup();
});

/** Premier+ P1 in EMEA: first response due 1 h after creation (24×7), at risk from 45 min. */
async function seed() {
  const account = await data.source.accounts.createAccount({
    name: 'Globex',
    tier: 'premier-plus',
    region: 'emea',
  });
  const input = { accountId: account.id, description: '', priority: 'P1' as const };
  const fresh = await data.source.tickets.createTicket({ ...input, title: 'Fresh' }, T0);
  const old = await data.source.tickets.createTicket({ ...input, title: 'Old' }, T0 - 70 * MIN);
  await data.source.tickets.appendTicketAction(
    old.id,
    { type: 'wait-on-customer' },
    T0 - 5 * MIN,
    'Ana',
  );
  return { fresh: fresh.id, old: old.id };
}

function renderBoard(route = '/board') {
  return renderWithProviders(
    <Routes>
      <Route path="/board" element={<BreachBoardPage />} />
    </Routes>,
    { route, queryClient: data.client, clock: data.clock },
  );
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function rowIds() {
  const list = await screen.findByRole('list', { name: 'Tickets, most urgent first' });
  return within(list)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

function metricButton(ticketId: string, metric: RegExp) {
  const row = screen.getByRole('link', { name: ticketId }).closest('li');
  if (!row) throw new Error(`no row for ${ticketId}`);
  return within(row).getByRole('button', { name: metric });
}

const advanceTo = (ms: number) => {
  act(() => {
    data.clock.set(ms);
  });
};

describe('breach board', () => {
  it('turns a ticket at risk, then breached, at the right seconds, and reorders then', async () => {
    const ids = await seed();
    renderBoard();
    expect(await rowIds()).toEqual([ids.old, ids.fresh]);
    const firstResponse = () => metricButton(ids.fresh, /First response/);
    expect(plain(firstResponse().textContent)).toContain('1 h 0 min');

    advanceTo(T0 + 45 * MIN - S);
    expect(plain(firstResponse().textContent)).toBe('First response15 min 1 sRunning');
    // The name holds still while the countdown ticks: a focused cell is not read every second.
    expect(firstResponse()).toHaveAccessibleName(`First response of ${ids.fresh}: Running`);
    advanceTo(T0 + 45 * MIN);
    expect(plain(firstResponse().textContent)).toBe('First response15 min 0 sAt risk');
    expect(screen.getByRole('status')).toHaveTextContent(`${ids.fresh} First response: At risk`);

    advanceTo(T0 + 60 * MIN);
    expect(plain(firstResponse().textContent)).toBe('First response0 sAt risk');
    expect(await rowIds()).toEqual([ids.old, ids.fresh]);
    advanceTo(T0 + 60 * MIN + S);
    expect(plain(firstResponse().textContent)).toBe('First responsebreached 1 s agoBreached');
    expect(screen.getByRole('status')).toHaveTextContent(`${ids.fresh} First response: Breached`);
    expect(await rowIds()).toEqual([ids.fresh, ids.old]);
    expect(screen.getByRole('button', { name: /Breached now/ })).toHaveTextContent('2');
  });

  it('announces every change of a long step once, and nothing that was already so', async () => {
    const ids = await seed();
    renderBoard();
    await rowIds();
    expect(screen.getByRole('status')).toHaveTextContent('');
    // A tab asleep from before the at-risk instant to after the breach: both changes are news.
    advanceTo(T0 + 61 * MIN);
    expect(screen.getByRole('status')).toHaveTextContent(`${ids.fresh} First response: Breached`);
    advanceTo(T0 + 61 * MIN + 15 * S);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('keeps a paused metric frozen while time passes', async () => {
    const ids = await seed();
    renderBoard();
    await rowIds();
    const restoration = () => plain(metricButton(ids.old, /Restoration/).textContent);
    const before = restoration();
    expect(before).toContain('Paused');
    advanceTo(T0 + 2 * 60 * MIN);
    expect(restoration()).toBe(before);
  });

  it('filters from the URL and writes a summary filter back to it', async () => {
    const ids = await seed();
    const { user } = renderBoard('/board?state=paused');
    expect(await rowIds()).toEqual([ids.old]);
    const paused = screen.getByRole('button', { name: /^\d+\s*Paused$/ });
    expect(paused).toHaveAttribute('aria-pressed', 'true');
    await user.click(paused);
    expect(await rowIds()).toEqual([ids.old, ids.fresh]);
    await user.type(screen.getByLabelText('Search'), 'fresh');
    expect(await rowIds()).toEqual([ids.fresh]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByLabelText('Search')).toHaveValue('');
    expect(await rowIds()).toEqual([ids.old, ids.fresh]);
  });

  it('holds the order while the pointer is over the list, and re-sorts when it leaves', async () => {
    const ids = await seed();
    const { user } = renderBoard();
    expect(await rowIds()).toEqual([ids.old, ids.fresh]);
    const list = screen.getByRole('list', { name: 'Tickets, most urgent first' });
    await user.hover(list);
    advanceTo(T0 + 60 * MIN + S);
    expect(plain(metricButton(ids.fresh, /First response/).textContent)).toContain('Breached');
    expect(await rowIds()).toEqual([ids.old, ids.fresh]);
    expect(screen.getByText(/The order is on hold/)).toBeInTheDocument();
    await user.unhover(list);
    expect(await rowIds()).toEqual([ids.fresh, ids.old]);
    expect(screen.queryByText(/The order is on hold/)).not.toBeInTheDocument();
  });

  it('moves between rows with the arrow keys, Home and End, keeping the column', async () => {
    const ids = await seed();
    const { user } = renderBoard();
    await rowIds();
    screen.getByRole('link', { name: ids.old }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: ids.fresh })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: ids.fresh })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('link', { name: ids.old })).toHaveFocus();
    metricButton(ids.old, /Restoration/).focus();
    await user.keyboard('{End}');
    expect(metricButton(ids.fresh, /Restoration/)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(metricButton(ids.old, /Restoration/)).toHaveFocus();
  });

  it('filters on a forecast lane, which a ticket enters as its deadline comes near', async () => {
    const ids = await seed();
    const { user } = renderBoard('/board?due=15m');
    const lane = await screen.findByRole('button', { name: /Within 15 min/ });
    expect(lane).toHaveAttribute('aria-pressed', 'true');
    expect(lane).toHaveTextContent('0');
    expect(await screen.findByText('No ticket matches these filters.')).toBeInTheDocument();
    advanceTo(T0 + 45 * MIN);
    expect(await rowIds()).toEqual([ids.fresh]);
    expect(lane).toHaveTextContent('1');
    expect(screen.getByText('1 of 2 tickets')).toBeInTheDocument();
    await user.click(lane);
    expect(lane).toHaveAttribute('aria-pressed', 'false');
    expect(await rowIds()).toEqual([ids.old, ids.fresh]);
  });

  it('marks a priority chosen against the triage recommendation, and one that follows it', async () => {
    const account = await data.source.accounts.createAccount({
      name: 'Globex',
      tier: 'premier',
      region: 'emea',
    });
    const input = { accountId: account.id, description: '', priority: 'P2' as const };
    const against = await data.source.tickets.createTicket(
      { ...input, title: 'Against', recommendation: { priority: 'P3', summary: 'A question' } },
      T0,
    );
    const follows = await data.source.tickets.createTicket(
      { ...input, title: 'Follows', recommendation: { priority: 'P2', summary: 'Degraded' } },
      T0,
    );
    renderBoard();
    await rowIds();
    const row = (id: string) => screen.getByRole('link', { name: id }).closest('li') as HTMLElement;
    expect(within(row(against.id)).getByText(/against triage: P3 recommended/)).toBeInTheDocument();
    expect(within(row(follows.id)).getByText('(as triaged)')).toBeInTheDocument();
    expect(within(row(follows.id)).queryByText(/against triage/)).not.toBeInTheDocument();
  });
});
