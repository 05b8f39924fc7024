import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { dataSourceOf } from '../queries/client-context';
import { settingsKeys } from '../queries/settings-queries';
import { AppRoutes } from './routes';

afterEach(() => {
  document.documentElement.className = '';
  document.documentElement.lang = '';
});

describe('display settings sync', () => {
  it('follows a change made elsewhere, even back to the value this tab wrote last', async () => {
    const { user, queryClient } = renderWithProviders(<AppRoutes />, {
      route: '/policy',
      theme: 'light',
    });
    await screen.findByRole('heading', { level: 1, name: 'Support policy' });
    const theme = screen.getByRole('group', { name: 'Theme' });
    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));
    const settings = dataSourceOf(queryClient).settings;
    await waitFor(async () => {
      expect((await settings.getSettings()).theme).toBe('dark');
    });

    // Another tab (or an import) stores Light, then Dark again.
    const external = async (value: 'light' | 'dark') => {
      await settings.updateSettings({ theme: value });
      await act(() => queryClient.invalidateQueries({ queryKey: settingsKeys.all }));
    };
    await external('light');
    await waitFor(() => {
      expect(document.documentElement).not.toHaveClass('dark');
    });
    await external('dark');
    await waitFor(() => {
      expect(document.documentElement).toHaveClass('dark');
    });
    expect(within(theme).getByRole('radio', { name: 'Dark' })).toBeChecked();
  });
});
