import { act, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../test/render';
import { createTestData, T0, type TestData } from '../../../queries/test-query-client';
import { PAGE_MS } from './wallboard-paging';
import { WallboardPage } from './wallboard-page';

const MIN = 60_000;

let data: TestData;
beforeEach(() => {
  data = createTestData('wallboard');
  // jsdom has no layout: the list is 800 px high and a row 400 px, so two rows fit a page.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(400);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await data.cleanup();
});

/** Five Premier+ P1 tickets, a minute apart: first response due an hour after each. */
async function seed(count = 5) {
  const account = await data.source.accounts.createAccount({
    name: 'Globex',
    tier: 'premier-plus',
    region: 'emea',
  });
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const ticket = await data.source.tickets.createTicket(
      { accountId: account.id, description: '', priority: 'P1', title: `Outage ${String(n)}` },
      T0 - (count - n) * MIN,
    );
    ids.push(ticket.id);
  }
  return ids;
}

function renderWallboard(route = '/wallboard') {
  return renderWithProviders(
    <Routes>
      <Route path="/wallboard" element={<WallboardPage />} />
    </Routes>,
    { route, queryClient: data.client, clock: data.clock },
  );
}

async function shownIds() {
  const list = await screen.findByRole('list', { name: 'Most urgent tickets' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => /T-[\d-]+/.exec(item.textContent)?.[0]);
}

const advance = (ms: number) => {
  act(() => {
    data.clock.advance(ms);
  });
};

describe('wallboard', () => {
  it('shows the counts and the most urgent rows, a page at a time, turning every 15 s', async () => {
    const ids = await seed();
    renderWallboard();
    expect(screen.getByRole('heading', { level: 1, name: 'Breach board' })).toBeInTheDocument();
    const counts = await screen.findByRole('list', { name: 'Counts' });
    expect(within(counts).getByText('Running').closest('li')).toHaveTextContent(/^5\s*Running$/);
    expect(within(counts).getByText('Breached now').closest('li')).toHaveTextContent(/^0/);
    // Align with a page boundary, then watch the pages turn by themselves.
    advance(PAGE_MS - (data.clock.now() % PAGE_MS));
    const page = Math.floor(data.clock.now() / PAGE_MS) % 3;
    const pages = [ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)];
    expect(await shownIds()).toEqual(pages[page]);
    expect(screen.getByText(`Page ${String(page + 1)} of 3`)).toBeInTheDocument();
    advance(PAGE_MS - 1000);
    expect(await shownIds()).toEqual(pages[page]);
    advance(1000);
    expect(await shownIds()).toEqual(pages[(page + 1) % 3]);
    expect(screen.getByText(`Page ${String(((page + 1) % 3) + 1)} of 3`)).toBeInTheDocument();
  });

  it('stops paging on request, turns pages by hand, and resumes', async () => {
    const ids = await seed();
    const { user } = renderWallboard();
    advance(PAGE_MS - (data.clock.now() % PAGE_MS));
    const page = Math.floor(data.clock.now() / PAGE_MS) % 3;
    const pages = [ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)];
    expect(await shownIds()).toEqual(pages[page]);
    const pause = screen.getByRole('button', { name: 'Pause paging' });
    await user.click(pause);
    expect(pause).toHaveAttribute('aria-pressed', 'true');
    advance(3 * PAGE_MS);
    expect(await shownIds()).toEqual(pages[page]);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await shownIds()).toEqual(pages[(page + 1) % 3]);
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await shownIds()).toEqual(pages[(page + 2) % 3]);
    await user.click(pause);
    expect(pause).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Next page' })).not.toBeInTheDocument();
  });

  it('counts down live and shows a breach by word, not by colour alone', async () => {
    const ids = await seed(1);
    renderWallboard();
    const row = async () =>
      within(await screen.findByRole('list', { name: 'Most urgent tickets' }));
    expect((await row()).getAllByText(/^59\s*min 0\s*s$/).length).toBeGreaterThan(0);
    advance(59 * MIN + 1000);
    expect((await row()).getByText(`Outage 0`)).toBeInTheDocument();
    expect((await row()).getAllByText('Breached').length).toBeGreaterThan(0);
    expect((await row()).getAllByText(/^1\ss\sago$/).length).toBeGreaterThan(0);
    expect(await shownIds()).toEqual(ids);
    expect(screen.queryByText('Nothing at risk right now.')).not.toBeInTheDocument();
  });

  it('keeps the board filters, links back to the board with them, and says when nothing matches', async () => {
    await seed(2);
    renderWallboard('/wallboard?priority=P3');
    expect(await screen.findByRole('heading', { name: 'Nothing at risk' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the board' })).toHaveAttribute(
      'href',
      '/board?priority=P3',
    );
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('says it is loading until the data is read', () => {
    renderWallboard();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the wallboard…');
  });
});
