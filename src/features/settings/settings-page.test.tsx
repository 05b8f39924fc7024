import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { settingsQueries } from '../../queries/settings-queries';
import { SettingsPage } from './settings-page';

describe('settings page', () => {
  it('saves the P1 phone number and the agent name in the stored settings', async () => {
    const { user, queryClient } = renderWithProviders(<SettingsPage />);
    const phone = await screen.findByLabelText('Phone number for P1 incidents');
    expect(phone).toHaveAccessibleDescription(/Shown to customers on the triage form/);
    const name = screen.getByLabelText('Your name');
    expect(name).toHaveValue('Agent');

    await user.type(phone, '+33 1 23 45 67 89');
    await user.clear(name);
    await user.type(name, 'Camille');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('✓ Saved.')).toBeInTheDocument();
    expect(await queryClient.fetchQuery(settingsQueries.current())).toMatchObject({
      p1Phone: '+33 1 23 45 67 89',
      agentName: 'Camille',
    });
  });

  it('keeps the language and theme shown when the first save stores only the phone', async () => {
    const { user, queryClient } = renderWithProviders(<SettingsPage />, {
      locale: 'fr',
      theme: 'dark',
    });
    await user.type(
      await screen.findByLabelText('Numéro de téléphone pour les incidents P1'),
      '112',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () => {
      expect(await queryClient.fetchQuery(settingsQueries.current())).toMatchObject({
        p1Phone: '112',
        language: 'fr',
        theme: 'dark',
      });
    });
  });

  it('switches language and theme and stores them in IndexedDB too', async () => {
    const { user, queryClient, settingsStorage } = renderWithProviders(<SettingsPage />);
    await screen.findByLabelText('Your name');

    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Sombre' }));

    expect(settingsStorage.load()).toEqual({ locale: 'fr', theme: 'dark' });
    await waitFor(async () => {
      expect(await queryClient.fetchQuery(settingsQueries.current())).toMatchObject({
        language: 'fr',
        theme: 'dark',
      });
    });
  });
});
