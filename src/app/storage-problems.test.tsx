import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { createDataSource } from '../db/data-source';
import { dbError } from '../db/db-errors';
import { freshTarget } from '../db/test-target';
import { errorSinkOf } from '../queries/client-context';
import { createQueryClient } from './query-client';
import { AppRoutes } from './routes';

afterEach(() => {
  document.documentElement.className = '';
  document.documentElement.lang = '';
});

function freshClient() {
  return createQueryClient({ dataSource: createDataSource(freshTarget('app')) });
}

describe('storage problems', () => {
  it('shows background failures as dismissible alerts, in the chosen language', async () => {
    const queryClient = freshClient();
    const { user } = renderWithProviders(<AppRoutes />, {
      route: '/settings',
      locale: 'fr',
      queryClient,
    });
    errorSinkOf(queryClient).report(dbError('quota'), 'mutation');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Le stockage du navigateur est plein/);
    await user.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('display settings in IndexedDB', () => {
  it('applies the stored language and theme once they load', async () => {
    const dataSource = createDataSource(freshTarget('sync'));
    await dataSource.settings.updateSettings({ language: 'fr', theme: 'dark' });
    const { settingsStorage } = renderWithProviders(<AppRoutes />, {
      route: '/settings',
      locale: 'en',
      theme: 'light',
      queryClient: createQueryClient({ dataSource }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
    await waitFor(() => {
      expect(document.documentElement).toHaveClass('dark');
    });
    expect(settingsStorage.load()).toEqual({ locale: 'fr', theme: 'dark' });
  });

  it('keeps what this browser shows while nothing is stored', async () => {
    const dataSource = createDataSource(freshTarget('sync'));
    renderWithProviders(<AppRoutes />, {
      route: '/settings',
      locale: 'fr',
      queryClient: createQueryClient({ dataSource }),
    });
    expect(await screen.findByLabelText('Votre nom')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
    expect(await dataSource.settings.getSettings()).toMatchObject({ language: 'en' });
  });
});
