import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { createTestData, type TestData } from '../../queries/test-query-client';
import { TriagePage } from './triage-page';

let data: TestData;
beforeEach(() => {
  data = createTestData('triage-result');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await data.cleanup();
});

const P1 = '/triage?a=environment:production,service-down:yes,workaround:none';
const BETA = '/triage?a=environment:development-or-beta';

function renderTriage(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/triage" element={<TriagePage />} />
    </Routes>,
    { route, queryClient: data.client, clock: data.clock },
  );
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('triage result', () => {
  it('P1 without a phone number tells the customer to call and an admin where to set it', async () => {
    renderTriage(P1);
    const note = await screen.findByRole('note', { name: 'No support phone number yet' });
    expect(note).toHaveTextContent('must be reported by phone');
    expect(within(note).getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'href',
      '/settings',
    );
  });

  it('P1 with a phone number shows it as a link to call', async () => {
    await data.source.settings.updateSettings({ p1Phone: '+33 1 23 45 67 89' });
    renderTriage(P1);
    const note = await screen.findByRole('note', { name: 'Report it by phone now' });
    expect(within(note).getByRole('link', { name: 'Call +33 1 23 45 67 89' })).toHaveAttribute(
      'href',
      'tel:+33123456789',
    );
  });

  it('beta work is P4, says why it cannot be P1, and asks for no phone call', async () => {
    renderTriage(BETA);
    const heading = await screen.findByRole('heading', { name: /Recommended priority/ });
    expect(heading).toHaveTextContent('P4 · Low');
    expect(screen.getByRole('note', { name: 'Why this cannot be P1' })).toBeVisible();
    expect(screen.queryByRole('note', { name: /phone/ })).not.toBeInTheDocument();
    expect(screen.getByText(/It concerns development, beta software/)).toBeVisible();
  });

  it('shows what to expect for the chosen plan, and an account fills plan and region', async () => {
    await data.source.accounts.createAccount({
      name: 'Globex',
      tier: 'premier-elite',
      region: 'emea',
    });
    const { user } = renderTriage(P1);
    const targets = () => screen.getByRole('list', { name: /^Targets for P1 on/ });
    await screen.findByRole('heading', { name: 'What to expect' });
    expect(plain(targets().textContent)).toContain('First response: within 4 hours');
    expect(targets()).toHaveTextContent('A business target, not a commitment');

    await user.selectOptions(await screen.findByLabelText('Account (optional)'), 'Globex');
    expect(screen.getByLabelText('Support plan')).toHaveValue('premier-elite');
    expect(screen.getByLabelText('Region')).toHaveValue('emea');
    const items = within(targets()).getAllByRole('listitem');
    expect(plain(items[0]?.textContent ?? '')).toContain('First response: within 1 hour');
    expect(items[0]).toHaveTextContent('A commitment with service credits');
    expect(items[1]).toHaveTextContent('An objective (SLO), without credits');
    expect(items[2]).toHaveTextContent('Every hour, or as agreed');
    expect(screen.getByText(/commit people around the clock/)).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Support plan'), 'standard');
    // Another plan than the account's: the account is cleared, so a save cannot disagree.
    expect(screen.getByLabelText('Account (optional)')).toHaveValue('');
    await user.selectOptions(screen.getByLabelText('Region'), 'apac');
    expect(screen.getByRole('list', { name: 'Targets for P1 on Standard' })).toBeVisible();
  });

  it('says there is no account yet, with a link to create one', async () => {
    renderTriage(BETA);
    expect(await screen.findByText(/there is none yet/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/accounts',
    );
  });

  it('saves a ticket with the summary and the recommendation, against it if chosen', async () => {
    const account = await data.source.accounts.createAccount({
      name: 'Globex',
      tier: 'premier',
      region: 'emea',
    });
    const { user } = renderTriage(P1);
    await user.click(await screen.findByRole('button', { name: 'Save the ticket' }));
    expect(screen.getByLabelText('Account (optional)')).toHaveFocus();
    expect(screen.getByText(/Choose the account the ticket is for/)).toBeVisible();

    await user.selectOptions(screen.getByLabelText('Account (optional)'), 'Globex');
    await user.click(screen.getByRole('button', { name: 'Save the ticket' }));
    expect(screen.getByLabelText('Title')).toHaveFocus();
    await user.type(screen.getByLabelText('Title'), 'Checkout is down');
    expect(screen.getByText('This follows the recommendation (P1).')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: /P2 · High/ }));
    expect(
      screen.getByText(
        'You chose P2, against the recommendation (P1). The ticket will record both.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save the ticket' }));

    const done = await screen.findByText(/is saved\.$/);
    expect(done).toHaveFocus();
    const [ticket] = await data.source.tickets.listTickets();
    expect(ticket).toMatchObject({
      accountId: account.id,
      title: 'Checkout is down',
      priority: 'P2',
      recommendation: { priority: 'P1' },
    });
    expect(ticket?.description).toContain('Recommended priority: P1 (Urgent)');
    expect(ticket?.description).toContain(
      '- Is there a way to keep working in the meantime? No, none',
    );
    expect(ticket?.recommendation?.summary).toBe(ticket?.description);
    const id = ticket?.id ?? '';
    expect(screen.getByRole('link', { name: `Open ticket ${id}` })).toHaveAttribute(
      'href',
      `/tickets/${id}`,
    );
    expect(screen.getByRole('link', { name: 'See it on the board' })).toHaveAttribute(
      'href',
      `/board?ticket=${id}`,
    );
  });

  it('copies the summary and confirms it', async () => {
    const { user } = renderTriage(BETA);
    await user.click(await screen.findByRole('button', { name: 'Copy the summary' }));
    expect(await screen.findByText(/Summary copied/)).toBeVisible();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Recommended priority: P4 (Low)');
    expect(copied).toContain('- Where does the problem happen? Development or beta');
  });

  it('offers the text to select by hand when the clipboard is refused', async () => {
    const { user } = renderTriage(BETA);
    const button = await screen.findByRole('button', { name: 'Copy the summary' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(button);
    expect(await screen.findByText(/did not allow copying/)).toBeVisible();
    const fallback = screen.getByLabelText('Summary to copy');
    expect(fallback).toHaveFocus();
    expect((fallback as HTMLTextAreaElement).value).toContain('Recommended priority: P4 (Low)');
  });
});
