import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { createTestData, T0, type TestData } from '../queries/test-query-client';
import { AccountsPage } from '../features/accounts/accounts-page';
import { NewTicketPage } from '../features/tickets/new-ticket-page';
import { TicketPage } from '../features/tickets/ticket-page';
import { TicketsPage } from '../features/tickets/tickets-page';

let data: TestData;
beforeEach(() => {
  data = createTestData('ticket-screens');
});
afterEach(() => data.cleanup());

function renderScreens(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/accounts" element={<AccountsPage />} />
      <Route path="/tickets" element={<TicketsPage />} />
      <Route path="/tickets/new" element={<NewTicketPage />} />
      <Route path="/tickets/:ticketId" element={<TicketPage />} />
    </Routes>,
    { route, queryClient: data.client, clock: data.clock },
  );
}

async function seedTicket(priority: 'P1' | 'P2' | 'P3' | 'P4' = 'P3') {
  const account = await data.source.accounts.createAccount({
    name: 'Acme',
    tier: 'premier-elite',
    region: 'emea',
  });
  return data.source.tickets.createTicket(
    { accountId: account.id, title: 'Mail relay down', description: '', priority },
    T0,
  );
}

const formatDateTime = (ms: number) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

describe('tickets screens', () => {
  it('creates an account, then a ticket for it, and opens the ticket', async () => {
    const { user } = renderScreens('/accounts');
    await user.type(await screen.findByLabelText('Name'), 'Globex');
    await user.selectOptions(screen.getByLabelText('Plan'), 'premier-elite');
    await user.type(screen.getByLabelText('P1 cadence, in minutes'), '30');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const row = (await screen.findByRole('rowheader', { name: /Globex/ })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('P1: every 30 minutes')).toBeInTheDocument();

    await user.click(within(row as HTMLElement).getByRole('link', { name: 'New ticket' }));
    expect(await screen.findByLabelText('Account')).toHaveDisplayValue('Globex');
    expect(screen.getByText(/Premier Elite \(SLA\)/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /P3 · Medium/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(screen.getByText('Give the ticket a title.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveFocus();

    await user.type(screen.getByLabelText('Title'), 'Login page slow');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /Login page slow/ });
    expect(heading).toHaveFocus();
    expect(await data.source.tickets.listTickets()).toHaveLength(1);
  });

  it('appends a reply to the timeline', async () => {
    const ticket = await seedTicket();
    const { user } = renderScreens(`/tickets/${ticket.id}`);
    await user.type(await screen.findByLabelText('Message'), 'We are looking into it.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText('Replied to the customer')).toBeInTheDocument();
    expect(within(timeline).getByText('We are looking into it.')).toBeInTheDocument();
    expect(within(timeline).getByText(/^agent, /i)).toBeInTheDocument();
    expect(screen.getByText('Reply sent.')).toBeInTheDocument();
  });

  it('shows a refusal in plain words when another tab resolved the ticket meanwhile', async () => {
    const ticket = await seedTicket();
    const { user } = renderScreens(`/tickets/${ticket.id}`);
    await user.type(await screen.findByLabelText('Message'), 'Any news?');
    await data.source.tickets.appendTicketAction(ticket.id, { type: 'resolve' }, T0 + 1, 'ana');

    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved. The ticket is resolved: reopen it first.',
    );
    expect(await screen.findByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send reply' })).not.toBeInTheDocument();
  });

  it('previews the current and new due instants of a priority change', async () => {
    const ticket = await seedTicket('P3');
    const { user } = renderScreens(`/tickets/${ticket.id}`);
    await user.selectOptions(await screen.findByLabelText('New priority'), 'P1');

    const preview = screen.getByRole('table', { name: 'Due times if you change to P1 now' });
    const row = within(preview).getByRole('rowheader', { name: 'First response' }).closest('tr');
    const [before, after] = within(row as HTMLElement).getAllByRole('cell');
    expect(after).toHaveTextContent(formatDateTime(T0 + 60 * 60_000));
    expect(before?.textContent).not.toBe(after?.textContent);

    await user.click(screen.getByRole('button', { name: 'Change priority' }));
    expect(screen.getByText('Say why the priority changes.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Reason'), 'Whole site down');
    await user.click(screen.getByRole('button', { name: 'Change priority' }));
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText('Priority P3 → P1')).toBeInTheDocument();
    expect(within(timeline).getByText('Reason: Whole site down')).toBeInTheDocument();
  });

  it('lists tickets with their SLA state and filters by status', async () => {
    await seedTicket();
    const { user } = renderScreens('/tickets');
    const table = await screen.findByRole('table', { name: 'Tickets (1)' });
    expect(within(table).getByRole('link', { name: /^T-/ })).toBeInTheDocument();
    expect(within(table).getAllByText('Running').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('radio', { name: 'Resolved' }));
    expect(await screen.findByText('No ticket matches this filter.')).toBeInTheDocument();
  });

  it('guides to creating an account when there is none', async () => {
    renderScreens('/tickets');
    expect(await screen.findByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/accounts',
    );
  });

  it('loads demo tickets from the empty list in one click', async () => {
    const { user } = renderScreens('/tickets');
    await user.click(await screen.findByRole('button', { name: 'Load 100 demo tickets' }));
    expect(await screen.findByRole('table', { name: 'Tickets (100)' })).toBeInTheDocument();
    expect(await data.source.tickets.listTickets()).toHaveLength(100);
  });
});
