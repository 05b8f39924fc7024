import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ticketQueries } from '../../queries/ticket-queries';
import { DataPage } from './data-page';

const ticket = (id: string, title: string) => ({
  id,
  title,
  description: '',
  accountId: 'acme',
  tier: 'premier',
  priority: 'P2',
  region: 'emea',
  createdAt: '2026-03-01T10:00:00.000Z',
  events: [],
  updatedAt: '2026-03-01T10:00:00.000Z',
});

const exportText = (tickets: unknown[]) =>
  JSON.stringify({
    format: 'sla-board-export',
    version: 1,
    exportedAt: '2026-03-01T12:00:00.000Z',
    settings: { language: 'en', theme: 'light', p1Phone: '', activePolicyId: 'default' },
    policies: [],
    accounts: [{ id: 'acme', name: 'Acme', tier: 'premier', region: 'emea' }],
    tickets,
  });

const file = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

describe('data page: JSON import', () => {
  it('names the first problem of a bad file (path and why) and writes nothing', async () => {
    const { user, queryClient } = renderWithProviders(<DataPage />);
    const bad = exportText([{ ...ticket('T-1', 'VPN down'), priority: 'P9' }]);

    await user.upload(screen.getByLabelText('Backup file (.json)'), file(bad, 'bad.json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file can’t be imported. Nothing was written.');
    expect(within(alert).getByText('tickets[0].priority')).toBeInTheDocument();
    expect(
      within(alert).getByText('Unknown priority “P9”. Known priorities: P1, P2, P3, and P4.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(await queryClient.fetchQuery(ticketQueries.list())).toEqual([]);
  });

  it('names the problem in French on the French page', async () => {
    const { user } = renderWithProviders(<DataPage />, { locale: 'fr' });
    const bad = exportText([{ ...ticket('T-1', 'VPN down'), tier: 'Gold' }]);

    await user.upload(
      screen.getByLabelText('Fichier de sauvegarde (.json)'),
      file(bad, 'bad.json'),
    );

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('tickets[0].tier')).toBeInTheDocument();
    // French typography: no-break spaces before the colon and inside the quotes.
    expect(alert.textContent).toContain(
      'Plan de support inconnu\u00a0: «\u00a0Gold\u00a0». Plans connus\u00a0: standard, premier, ' +
        'premier-assurance, premier-plus et premier-elite.',
    );
  });

  it('shows what a good file holds, then skips or replaces tickets whose id exists', async () => {
    const { user, queryClient } = renderWithProviders(<DataPage />);
    // The picker is replaced (emptied) after each import: look it up each time.
    const input = () => screen.getByLabelText('Backup file (.json)');

    await user.upload(input(), file(exportText([ticket('T-1', 'First')]), 'one.json'));
    expect(
      await screen.findByText(/one\.json holds 1 ticket, 1 account and 0 custom policies/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Tickets: 1 added, 0 replaced, 0 skipped/);

    await user.upload(input(), file(exportText([ticket('T-1', 'Renamed')]), 'again.json'));
    await screen.findByText(/again\.json holds/);
    expect(screen.getByRole('radio', { name: /Keep the stored ticket/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Tickets: 0 added, 0 replaced, 1 skipped/);
    expect((await queryClient.fetchQuery(ticketQueries.list()))[0]?.title).toBe('First');

    await user.upload(input(), file(exportText([ticket('T-1', 'Renamed')]), 'again.json'));
    await user.click(await screen.findByRole('radio', { name: /Replace it/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Tickets: 0 added, 1 replaced, 0 skipped/);
    await waitFor(async () => {
      expect((await queryClient.fetchQuery(ticketQueries.list()))[0]?.title).toBe('Renamed');
    });
  });
});

describe('data page: CSV import', () => {
  it('proposes a mapping, previews rows with their problems, and imports the good ones', async () => {
    const { user, queryClient } = renderWithProviders(<DataPage />);
    const csv =
      'Ticket,Subject,Created,Severity,Plan,Zone\n' +
      'X-1,Printer on fire,2026-03-01T10:00:00Z,High,Premier,emea\n' +
      'X-2,Mail slow,yesterday,Low,Premier,emea\n';

    await user.upload(screen.getByLabelText('CSV file'), file(csv, 'other.csv'));

    expect(await screen.findByRole('combobox', { name: 'Title' })).toHaveValue('Subject');
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('Severity');
    expect(screen.getByRole('combobox', { name: 'Resolved at' })).toHaveValue('');
    const table = screen.getByRole('table', { name: /Preview of the first 2 rows/ });
    expect(within(table).getByText('Printer on fire')).toBeInTheDocument();
    expect(
      within(table).getByText('“yesterday” is not a date this import reads.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 rows in the file; 1 with problems/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Title' }), '');
    expect(await screen.findByText(/2 rows in the file; 2 with problems/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Title' }), 'Subject');

    await user.click(screen.getByRole('button', { name: 'Import 1 ticket' }));
    await screen.findByText(
      'Imported 1 ticket; 0 were already stored and kept, 1 row with problems left out.',
    );
    const stored = await queryClient.fetchQuery(ticketQueries.list());
    expect(stored.map((row) => row.id)).toEqual(['X-1']);
  });
});

describe('data page: CSV import in French', () => {
  it('words row problems and counts in French', async () => {
    const { user } = renderWithProviders(<DataPage />, { locale: 'fr' });
    const csv =
      'Ticket,Sujet,Créé le,Priorité,Niveau,Région\n' +
      'X-1,Imprimante en feu,2026-03-01T10:00:00Z,Haute,Premier,emea\n' +
      'X-2,Messagerie lente,hier,Basse,Gold,mars\n';

    await user.upload(screen.getByLabelText('Fichier CSV'), file(csv, 'autre.csv'));

    const table = await screen.findByRole('table', { name: /Aperçu des 2 premières lignes/ });
    // Testing Library reads no-break spaces as spaces; the raw text keeps them.
    const bad = within(table).getByText('« hier » n’est pas une date que cet import sait lire.');
    expect(bad.textContent).toContain('«\u00a0hier\u00a0»');
    expect(within(table).getByText('plan de support inconnu « Gold ».')).toBeInTheDocument();
    expect(within(table).getAllByText('Région :')).not.toHaveLength(0);
    expect(
      screen.getByText('2 lignes dans le fichier ; 1 en erreur sera écartée.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importer 1 ticket' })).toBeInTheDocument();
  });
});

describe('data page: demo data', () => {
  it('loads the chosen number of demo tickets', async () => {
    const { user, queryClient } = renderWithProviders(<DataPage />);
    await user.click(screen.getByRole('radio', { name: '100' }));
    await user.click(screen.getByRole('button', { name: 'Load demo data' }));
    expect(
      await screen.findByText('100 demo tickets added (0 were already there).'),
    ).toBeInTheDocument();
    expect(await queryClient.fetchQuery(ticketQueries.list())).toHaveLength(100);
  });
});
