import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../test/render';
import { AppLayout } from './app-layout';
import { RouteScreen } from './route-screen';

/** Whether FlakyScreen throws; a test mends it between renders. */
const flaky = { isBroken: false };

function FlakyScreen() {
  if (flaky.isBroken) throw new Error('boom in render');
  return <h1>Flaky screen</h1>;
}

function ChunkScreen(): never {
  throw new TypeError(
    'Failed to fetch dynamically imported module: http://127.0.0.1/assets/gone-abc.js',
  );
}

function routes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="board" element={<RouteScreen page={<h1>Board stub</h1>} />} />
        <Route path="flaky" element={<RouteScreen page={<FlakyScreen />} />} />
        <Route path="chunk" element={<RouteScreen page={<ChunkScreen />} />} />
      </Route>
    </Routes>
  );
}

beforeEach(() => {
  // React reports every caught render error on the console; these ones are expected.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  flaky.isBroken = false;
});

describe('RouteScreen', () => {
  it('shows a translated message inside the app frame when a screen fails to render', async () => {
    flaky.isBroken = true;
    const { user } = renderWithProviders(routes(), { route: '/flaky' });

    expect(
      screen.getByRole('heading', { level: 1, name: 'This screen could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/stay stored in this browser/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText('Error: boom in render')).toBeInTheDocument();

    // The header still works: leave for the board through the main navigation.
    await user.click(screen.getByRole('link', { name: 'Board' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Board stub' }),
    ).toBeInTheDocument();
  });

  it('renders the screen again on "Try again"', async () => {
    flaky.isBroken = true;
    const { user } = renderWithProviders(routes(), { route: '/flaky' });
    expect(screen.queryByRole('heading', { name: 'Flaky screen' })).not.toBeInTheDocument();

    flaky.isBroken = false;

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Flaky screen' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('links to the board from the message', async () => {
    flaky.isBroken = true;
    const { user } = renderWithProviders(routes(), { route: '/flaky' });
    await user.click(screen.getByRole('link', { name: 'Go to the breach board' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Board stub' }),
    ).toBeInTheDocument();
  });

  it('asks for a reload when a screen’s code could not be downloaded', () => {
    renderWithProviders(routes(), { route: '/chunk' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'This screen needs a reload' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('speaks French in French', () => {
    flaky.isBroken = true;
    renderWithProviders(routes(), { route: '/flaky', locale: 'fr' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Impossible d’afficher cet écran' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Aller au tableau des échéances' }),
    ).toBeInTheDocument();
  });
});
