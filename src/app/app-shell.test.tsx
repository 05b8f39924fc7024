import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { AppRoutes } from './routes';

afterEach(() => {
  document.documentElement.className = '';
  document.documentElement.lang = '';
});

describe('app shell', () => {
  it('opens the breach board at /', async () => {
    renderWithProviders(<AppRoutes />, { route: '/' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Breach board' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a not-found page with a way back for unknown addresses', async () => {
    const { user } = renderWithProviders(<AppRoutes />, { route: '/no/such/page' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open the support policy' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Support policy' }),
    ).toBeInTheDocument();
  });

  it('offers a skip link to the main content', () => {
    renderWithProviders(<AppRoutes />, { route: '/policy' });
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    const main = screen.getByRole('main');
    expect(skip).toHaveAttribute('href', `#${main.id}`);
    expect(main).toHaveAttribute('tabindex', '-1');
  });

  it('switches the language, sets <html lang> and remembers the choice', async () => {
    const { user, settingsStorage } = renderWithProviders(<AppRoutes />, { route: '/policy' });
    await screen.findByRole('heading', { level: 1, name: 'Support policy' });
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('radio', { name: 'Français' }));

    expect(
      screen.getByRole('heading', { level: 1, name: 'Politique de support' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Politique' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Français' })).toBeChecked();
    expect(document.documentElement.lang).toBe('fr');
    expect(settingsStorage.load()).toMatchObject({ locale: 'fr' });
  });

  it('switches the theme and remembers the choice', async () => {
    const { user, settingsStorage } = renderWithProviders(<AppRoutes />, {
      route: '/policy',
      theme: 'light',
    });
    // The policy screen is a lazy chunk: let it arrive before switching.
    await screen.findByRole('heading', { level: 1, name: 'Support policy' });
    const theme = screen.getByRole('group', { name: 'Theme' });
    expect(within(theme).getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(document.documentElement).not.toHaveClass('dark');

    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(document.documentElement.style.colorScheme).toBe('dark');
    expect(settingsStorage.load()).toMatchObject({ theme: 'dark' });

    await user.click(within(theme).getByRole('radio', { name: 'System' }));
    // The settings row in IndexedDB is written after each click and read back; a read of the
    // earlier 'dark' may land after this click, then the 'system' write wins: wait for it.
    await waitFor(() => {
      expect(document.documentElement).not.toHaveClass('dark');
      expect(settingsStorage.load()).toMatchObject({ theme: 'system' });
    });
  });

  it('opens with the settings it was given', () => {
    renderWithProviders(<AppRoutes />, { route: '/policy', locale: 'fr', theme: 'dark' });
    expect(screen.getByRole('radio', { name: 'Français' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Sombre' })).toBeChecked();
    expect(document.documentElement).toHaveClass('dark');
  });
});
