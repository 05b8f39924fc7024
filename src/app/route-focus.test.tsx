import { act, screen } from '@testing-library/react';
import { lazy } from 'react';
import { Route, Routes, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { AppLayout } from './app-layout';
import { RouteScreen } from './route-screen';

/** A screen whose filter lives in the URL, as the board's do. */
function FilterScreen() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <h1>Board stub</h1>
      <label>
        Search
        <input
          value={params.get('q') ?? ''}
          onChange={(event) => {
            setParams({ q: event.target.value }, { replace: true });
          }}
        />
      </label>
    </>
  );
}

let resolveSlow: (module: { default: () => React.JSX.Element }) => void = () => undefined;
const SlowScreen = lazy(
  () =>
    new Promise<{ default: () => React.JSX.Element }>((resolve) => {
      resolveSlow = resolve;
    }),
);

function routes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="board" element={<RouteScreen page={<FilterScreen />} />} />
        <Route path="policy" element={<RouteScreen page={<h1>Policy stub</h1>} />} />
        <Route path="triage" element={<RouteScreen page={<SlowScreen />} />} />
      </Route>
    </Routes>
  );
}

describe('focus on route change', () => {
  it('leaves the focus alone on the first load', () => {
    renderWithProviders(routes(), { route: '/board' });
    expect(document.body).toHaveFocus();
  });

  it('moves focus to the new screen’s heading after a navigation', async () => {
    const { user } = renderWithProviders(routes(), { route: '/board' });
    await user.click(screen.getByRole('link', { name: 'Policy' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Policy stub' })).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Board' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Board stub' })).toHaveFocus();
  });

  it('keeps the focus in a filter whose value goes into the URL', async () => {
    const { user } = renderWithProviders(routes(), { route: '/board' });
    const search = screen.getByRole('textbox', { name: 'Search' });
    await user.type(search, 'acme');
    expect(search).toHaveValue('acme');
    expect(search).toHaveFocus();
  });

  it('focuses the heading of a screen that was still loading once it arrives', async () => {
    const { user } = renderWithProviders(routes(), { route: '/board' });
    await user.click(screen.getByRole('link', { name: 'Triage' }));
    expect(screen.queryByRole('heading', { name: 'Triage stub' })).not.toBeInTheDocument();

    await act(async () => {
      resolveSlow({ default: () => <h1>Triage stub</h1> });
      await Promise.resolve();
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Triage stub' })).toHaveFocus();
  });
});
