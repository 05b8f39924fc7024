import { screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../test/render';
import { createTestData, type TestData } from '../../../queries/test-query-client';
import { BreachBoardPage } from '../breach-board-page';

/** jsdom has no modal dialogs: the smallest stand-in with the browser's open/close/close-event. */
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    // As browsers do: the first focusable element inside takes the focus.
    this.querySelector<HTMLElement>('button, [href], input, select, textarea')?.focus();
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

let data: TestData;
beforeEach(() => {
  data = createTestData('board-panel');
  // react-virtual measures its scroll element, which jsdom lays out at 0 × 0.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await data.cleanup();
});

/** Friday 6 March 2026, 16:00 in Paris: one open hour left before the weekend. */
const FRIDAY_4PM_PARIS = Date.parse('2026-03-06T16:00:00+01:00');
/** Saturday 7 March 2026, 11:00 in Paris. */
const SATURDAY_PARIS = Date.parse('2026-03-07T11:00:00+01:00');

/**
 * A Premier P3 ticket in EMEA (Europe/Paris, Mon–Fri 09:00–17:00): its first response is due at
 * the close of the next business day, Monday 17:00, so its ledger crosses a weekend.
 */
async function seed() {
  const account = await data.source.accounts.createAccount({
    name: 'Initech',
    tier: 'premier',
    region: 'emea',
  });
  const ticket = await data.source.tickets.createTicket(
    { accountId: account.id, title: 'Slow exports', description: '', priority: 'P3' },
    FRIDAY_4PM_PARIS,
  );
  return ticket.id;
}

function LocationProbe() {
  const location = useLocation();
  return <output aria-label="location">{location.search}</output>;
}

function renderBoard(route = '/board') {
  data.clock.set(SATURDAY_PARIS);
  return renderWithProviders(
    <Routes>
      <Route
        path="/board"
        element={
          <>
            <BreachBoardPage />
            <LocationProbe />
          </>
        }
      />
    </Routes>,
    { route, queryClient: data.client, clock: data.clock },
  );
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ');

/** The viewer's time as the panel writes it (the test runs under several TZ values). */
const viewerTime = (iso: string) =>
  plain(
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      Date.parse(iso),
    ),
  );

const rowOf = (id: string) => {
  const row = screen.getByRole('link', { name: id }).closest('li');
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};

describe('the board’s ticket panel', () => {
  it('opens from a row’s Details button, keeps the ticket in the URL and closes on Escape', async () => {
    const id = await seed();
    const { user } = renderBoard('/board?priority=P3');
    const details = await screen.findByRole('button', { name: `Details ${id}` });
    await user.click(details);

    const dialog = screen.getByRole('dialog', { name: `${id} Slow exports` });
    expect(screen.getByLabelText('location')).toHaveTextContent(`?priority=P3&ticket=${id}`);
    expect(plain(dialog.textContent)).toContain('Premier (SLO)');
    expect(plain(dialog.textContent)).toContain('Europe, Middle East, Africa (Europe/Paris)');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('location')).toHaveTextContent('?priority=P3');
    expect(screen.getByLabelText('location')).not.toHaveTextContent('ticket=');
    expect(details).toHaveFocus();
  });

  it('asks before Escape throws away a message not sent yet', async () => {
    const id = await seed();
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    const { user } = renderBoard(`/board?ticket=${id}`);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Message'), 'Half a reply');
    await user.keyboard('{Escape}');
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Message')).toHaveValue('Half a reply');
    await user.keyboard('{Escape}');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from the URL and shows the bar and the ledger across the weekend', async () => {
    const id = await seed();
    const { user } = renderBoard(`/board?ticket=${id}`);
    const dialog = await screen.findByRole('dialog');
    const bar = within(dialog).getByRole('img', { name: /^First response:/ });
    expect(plain(bar.getAttribute('aria-label'))).toContain(
      `Started ${viewerTime('2026-03-06T16:00+01:00')}; Due ${viewerTime('2026-03-09T17:00+01:00')}.`,
    );
    const legend = within(dialog).getAllByRole('list', { name: 'Key' })[0];
    if (!legend) throw new Error('no legend');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Counts', 'Closed, does not count', 'Elapsed', 'Due time']);

    const [firstWhy] = within(dialog).getAllByText('Why this due time', { selector: 'summary' });
    if (!firstWhy) throw new Error('no disclosure');
    await user.click(firstWhy);
    expect(dialog).toHaveTextContent(
      'P3 target: by the close of the next business day (9 h of open hours).',
    );
    const ledger = within(dialog).getByRole('list', {
      name: 'First response: how the time was counted',
    });
    const stretches = within(ledger)
      .getAllByRole('listitem')
      .map((item) => plain(item.textContent));
    const region = 'In Europe, Middle East, Africa: ';
    expect(stretches).toEqual([
      expect.stringMatching(
        /^Counted · 1 hcounts: open hours Mon–Fri 9:00 AM–5:00 PM \(Europe\/Paris\).*In Europe, Middle East, Africa: Mar 6, 2026, 4:00 – 5:00 PM$/,
      ),
      expect.stringMatching(
        /^Not counted · 7 hclosed: outside business hours Mon–Fri 9:00 AM–5:00 PM \(Europe\/Paris\)/,
      ),
      expect.stringContaining(`Not counted · 1 dclosed: weekend, Saturday, March 7, 2026`),
      expect.stringContaining(`Not counted · 1 dclosed: weekend, Sunday, March 8, 2026`),
      expect.stringMatching(/^Not counted · 9 hclosed: outside business hours/),
      expect.stringMatching(/^Counted · 8 hcounts: open hours/),
    ]);
    expect(stretches[2]).toContain(`${region}Mar 7, 2026, 12:00 AM – Mar 8, 2026, 12:00 AM`);
    expect(stretches[5]).toContain(`${region}Mar 9, 2026, 9:00 AM – 5:00 PM`);
    expect(dialog).toHaveTextContent('Counted in total: 9 h. Target: 9 h.');
  });

  it('updates the row after an action taken in the panel', async () => {
    const id = await seed();
    const { user } = renderBoard(`/board?ticket=${id}`);
    const dialog = await screen.findByRole('dialog');
    expect(within(rowOf(id)).getByText('Open')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Message'), 'Looking into it');
    await user.click(within(dialog).getByRole('button', { name: 'Send reply' }));
    expect(await within(dialog).findByText('Reply sent.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Wait on customer' }));
    expect(await within(dialog).findByText('The ticket now waits on the customer.')).toBeVisible();

    expect(await within(rowOf(id)).findByText('Waiting on customer')).toBeInTheDocument();
    expect(within(rowOf(id)).getByRole('button', { name: /First response/ })).toHaveTextContent(
      'Met',
    );
    expect(within(dialog).getByText('Looking into it')).toBeInTheDocument();
    const firstResponse = within(dialog).getByRole('img', { name: /^First response:/ });
    expect(firstResponse.getAttribute('aria-label')).toMatch(/ Met /);
    expect(within(dialog).getAllByRole('list', { name: 'Key' })[0]).toHaveTextContent('Met here');
  });

  it('says so when the ticket in the URL does not exist', async () => {
    await seed();
    const { user } = renderBoard('/board?ticket=T-404');
    const dialog = await screen.findByRole('dialog', { name: 'T-404 Ticket T-404' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Ticket T-404 is not in the data any more.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('location')).toBeEmptyDOMElement();
  });
});
