import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { PolicyPage } from './policy-page';

/** Intl puts no-break spaces in numbers and units; tests read text as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function targetsTable(name: RegExp) {
  const region = await screen.findByRole('region', { name });
  return within(region).getByRole('table');
}

/** The cells of the row whose plan header mentions `tier`, P1 to P4 in order. */
function rowCells(table: HTMLElement, tier: string) {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) =>
      within(candidate)
        .queryAllByRole('rowheader')
        .some((header) => header.textContent.includes(tier)),
    );
  if (!row) throw new Error(`no row for ${tier}`);
  return within(row).getAllByRole('cell');
}

describe('PolicyPage', () => {
  it('shows Premier P1 first response as 1 hour on the 24×7 clock', async () => {
    renderWithProviders(<PolicyPage />);
    const table = await targetsTable(/^First response table$/);
    expect(within(table).getByRole('columnheader', { name: 'P1 · Urgent' })).toBeInTheDocument();
    const p1 = rowCells(table, 'Premier Elite')[0];
    expect(p1).toHaveTextContent('1 hour');
    expect(p1).toHaveTextContent('24×7 clock');
  });

  it('shows that Standard P3 has no first-response target and waits for business days', async () => {
    renderWithProviders(<PolicyPage />);
    const p3 = rowCells(await targetsTable(/^First response table$/), 'Standard')[2];
    expect(p3).toHaveTextContent('No first-response target');
    expect(p3).toHaveTextContent('Handled on business days');
  });

  it('shows next business day on business hours for Premier P4 first response', async () => {
    renderWithProviders(<PolicyPage />);
    const p4 = rowCells(await targetsTable(/^First response table$/), 'Premier')[3];
    expect(p4).toHaveTextContent('Next business day');
    expect(p4).toHaveTextContent('Business hours of the region');
  });

  it('shows update cadences in words, with "as agreed" and snapping to open hours', async () => {
    renderWithProviders(<PolicyPage />);
    const table = await targetsTable(/^Update cadence table$/);
    const premier = rowCells(table, 'Premier Assurance');
    expect(premier[0]).toHaveTextContent('Every hour, or as agreed');
    expect(premier[2]).toHaveTextContent('Twice a week');
    expect(premier[2]).toHaveTextContent('A due time outside open hours moves to the next opening');
    expect(rowCells(table, 'Standard')[0]).toHaveTextContent('Daily');
  });

  it('explains that Premier Elite is an SLA whose commitment is first response', async () => {
    renderWithProviders(<PolicyPage />);
    const plans = await screen.findByRole('region', { name: 'Support plans' });
    const cardOf = (tier: string) =>
      within(plans).getByText(tier, { selector: 'li li' }).parentElement?.closest('li');
    const elite = cardOf('Premier Elite');
    expect(elite).toHaveTextContent('Service level agreement (SLA)');
    expect(elite).toHaveTextContent('Committed with credits: first response.');
    const premier = cardOf('Premier');
    expect(premier).toHaveTextContent('Service level objective (SLO)');
    expect(premier).toHaveTextContent('Every target is an objective.');
    expect(premier).not.toHaveTextContent('Premier Elite');
    expect(cardOf('Standard')).toHaveTextContent('Business targets');
  });

  it('states the pausing, at-risk, priority-change and default-priority rules', async () => {
    renderWithProviders(<PolicyPage />);
    const rules = await screen.findByRole('region', { name: 'How the clocks behave' });
    expect(rules).toHaveTextContent('First response: never stops.');
    expect(rules).toHaveTextContent(
      'Restoration: stops while the ticket is waiting on the customer',
    );
    expect(rules).toHaveTextContent('once 25% or less of its time remains');
    expect(rules).toHaveTextContent('A new priority applies from the moment of the change');
    expect(rules).toHaveTextContent('A new ticket is P3 (Medium)');
  });

  it('defines each priority, marks the default and tells to phone in a P1', async () => {
    renderWithProviders(<PolicyPage />);
    const priorities = await screen.findByRole('region', { name: 'Priority definitions' });
    const p1 = within(priorities).getByRole('heading', { name: 'P1 · Urgent' }).closest('li');
    expect(p1).toHaveTextContent('Always report a P1 by phone.');
    expect(p1).toHaveTextContent('development, beta or non-production');
    const p3 = within(priorities).getByRole('heading', { name: 'P3 · Medium' }).closest('li');
    expect(p3).toHaveTextContent('Default');
    expect(within(priorities).getByRole('heading', { name: 'P4 · Low' })).toBeInTheDocument();
  });

  it('lists each region calendar with its zone, open hours and holidays', async () => {
    renderWithProviders(<PolicyPage />);
    const calendars = await screen.findByRole('region', { name: 'Region calendars' });
    const emea = within(calendars)
      .getByRole('heading', { name: 'Europe, Middle East, Africa' })
      .closest('li');
    expect(emea).toHaveTextContent('Europe/Paris');
    expect(plain(emea?.textContent ?? '')).toContain('Monday–Friday9:00 AM–5:00 PM');
    expect(emea).toHaveTextContent('Saturday–SundayClosed');
    expect(emea).toHaveTextContent('HolidaysNone');
    expect(within(calendars).getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('speaks French when the locale is French', async () => {
    renderWithProviders(<PolicyPage />, { locale: 'fr' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Politique de support' }),
    ).toBeInTheDocument();
    const table = await targetsTable(/^Tableau Première intervention$/);
    expect(within(table).getByRole('columnheader', { name: 'P2 · Haut' })).toBeInTheDocument();
    const premierP1 = rowCells(table, 'Premier Elite')[0];
    expect(plain(premierP1?.textContent ?? '')).toContain('1 heure');
    expect(premierP1).toHaveTextContent('Horloge 24 h/24, 7 j/7');
    expect(rowCells(table, 'Standard')[3]).toHaveTextContent(
      'Aucun délai de première intervention',
    );
    const calendars = screen.getByRole('region', { name: 'Calendriers régionaux' });
    expect(calendars).toHaveTextContent('Du lundi au vendredi09:00–17:00');
    expect(screen.getByText('Signalez toujours un P1 par téléphone.')).toBeInTheDocument();
  });

  it('titles the document after the page', async () => {
    renderWithProviders(<PolicyPage />);
    await screen.findByRole('region', { name: 'Support plans' });
    expect(document.title).toBe('Support policy · SLA Board');
  });
});
