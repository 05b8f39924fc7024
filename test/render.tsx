import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../src/app/query-client';
import { AppProviders } from '../src/app/providers';
import { ManualClock } from '../src/clock/manual-clock';
import { createDataSource } from '../src/db/data-source';
import { freshTarget } from '../src/db/test-target';
import type { Locale } from '../src/shared/i18n/locale';
import {
  createMemorySettingsStorage,
  type Settings,
} from '../src/shared/settings/settings-storage';

/** 2026-03-02T09:00:00Z, a Monday morning in Europe. Tests move time with `clock.advance`. */
export const TEST_START_MS = Date.UTC(2026, 2, 2, 9, 0, 0);

interface RenderOptions {
  locale?: Locale;
  theme?: Settings['theme'];
  /** The URL the MemoryRouter starts at. */
  route?: string;
  clock?: ManualClock;
  queryClient?: QueryClient;
}

export interface RenderWithProvidersResult extends RenderResult {
  user: UserEvent;
  clock: ManualClock;
  queryClient: QueryClient;
  settingsStorage: ReturnType<typeof createMemorySettingsStorage>;
}

/**
 * Renders `ui` as the app would: a fresh QueryClient over a fresh database (the app's defaults:
 * no retries), a
 * ManualClock, in-memory settings at the chosen locale and theme, and a MemoryRouter.
 */
export function renderWithProviders(
  ui: ReactElement,
  {
    locale = 'en',
    theme = 'light',
    route = '/',
    clock = new ManualClock(TEST_START_MS),
    queryClient = createQueryClient({ dataSource: createDataSource(freshTarget('render')) }),
  }: RenderOptions = {},
): RenderWithProvidersResult {
  const settingsStorage = createMemorySettingsStorage({ locale, theme });
  const result = render(
    <AppProviders
      queryClient={queryClient}
      clock={clock}
      settingsStorage={settingsStorage}
      defaultSettings={{ locale, theme }}
    >
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...result, user: userEvent.setup(), clock, queryClient, settingsStorage };
}
