import { act, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../test/render';
import { createTestData, T0, type TestData } from '../../../queries/test-query-client';
import { BreachBoardPage } from '../breach-board-page';
import { FakeAudioContext } from './fake-audio-context';

const S = 1000;
const MIN = 60 * S;

/** A stand-in for the browser's Notification API that records what was shown. */
class FakeNotification {
  static permission: NotificationPermission = 'default';
  static answer: NotificationPermission = 'granted';
  static shown: { title: string; body: string | undefined }[] = [];
  static requestPermission = vi.fn(() => {
    FakeNotification.permission = FakeNotification.answer;
    return Promise.resolve(FakeNotification.answer);
  });
  onclick: (() => void) | null = null;
  close = vi.fn();
  constructor(title: string, options?: NotificationOptions) {
    FakeNotification.shown.push({ title, body: options?.body });
  }
}

let data: TestData;
beforeEach(() => {
  data = createTestData('board-alerts');
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  FakeNotification.permission = 'default';
  FakeNotification.answer = 'granted';
  FakeNotification.shown = [];
  FakeNotification.requestPermission.mockClear();
  vi.stubGlobal('Notification', FakeNotification);
  FakeAudioContext.created = 0;
  FakeAudioContext.beeps = 0;
  vi.stubGlobal('AudioContext', FakeAudioContext);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await data.cleanup();
});

/** Premier+ P1: "Fresh" is at risk at 45 min and breaches after 1 h; "Old" has breached already. */
async function seed() {
  const account = await data.source.accounts.createAccount({
    name: 'Globex',
    tier: 'premier-plus',
    region: 'emea',
  });
  const input = { accountId: account.id, description: '', priority: 'P1' as const };
  const fresh = await data.source.tickets.createTicket({ ...input, title: 'Fresh' }, T0);
  await data.source.tickets.createTicket({ ...input, title: 'Old' }, T0 - 70 * MIN);
  return fresh.id;
}

function renderBoard(locale: 'en' | 'fr' = 'en') {
  return renderWithProviders(
    <Routes>
      <Route path="/board" element={<BreachBoardPage />} />
    </Routes>,
    { route: '/board', queryClient: data.client, clock: data.clock, locale, theme: 'dark' },
  );
}

const advanceTo = (ms: number) => {
  act(() => {
    data.clock.set(ms);
  });
};

async function openAlerts(user: ReturnType<typeof renderBoard>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Alerts/ }));
}

describe('board alerts', () => {
  it('puts the number of breached tickets in the tab title once turned on', async () => {
    await seed();
    const { user } = renderBoard();
    await openAlerts(user);
    await user.click(screen.getByLabelText('Number of breached tickets in the tab title'));
    await vi.waitFor(() => {
      expect(document.title).toBe('(1) Breach board · SLA Board');
    });
    expect(screen.getByRole('button', { name: /^Alerts/ })).toHaveTextContent('Alerts1 on');
    advanceTo(T0 + 60 * MIN + S);
    expect(document.title).toBe('(2) Breach board · SLA Board');
    await user.click(screen.getByLabelText('Number of breached tickets in the tab title'));
    await vi.waitFor(() => {
      expect(document.title).toBe('Breach board · SLA Board');
    });
  });

  it('leaves the tab title alone while the option is off', async () => {
    await seed();
    renderBoard();
    await screen.findByRole('button', { name: /^Alerts/ });
    advanceTo(T0 + 60 * MIN + S);
    expect(document.title).toBe('Breach board · SLA Board');
  });

  it('asks for permission on the click, then notifies once per state change', async () => {
    const freshId = await seed();
    const { user } = renderBoard();
    await openAlerts(user);
    const box = screen.getByLabelText(/^Browser notification/);
    await user.click(box);
    await vi.waitFor(() => {
      expect(box).toBeChecked();
    });
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
    expect(FakeNotification.shown).toEqual([]);

    advanceTo(T0 + 45 * MIN);
    advanceTo(T0 + 45 * MIN + S);
    advanceTo(T0 + 50 * MIN);
    expect(FakeNotification.shown).toEqual([
      { title: `${freshId} is at risk: First response`, body: 'Fresh' },
    ]);
    advanceTo(T0 + 60 * MIN);
    advanceTo(T0 + 60 * MIN + S);
    advanceTo(T0 + 60 * MIN + 2 * S);
    expect(FakeNotification.shown).toHaveLength(2);
    expect(FakeNotification.shown[1]).toEqual({
      title: `${freshId} breached: First response`,
      body: 'Fresh',
    });
  });

  it('explains a refusal and leaves notifications off', async () => {
    await seed();
    FakeNotification.answer = 'denied';
    const { user } = renderBoard();
    await openAlerts(user);
    const box = screen.getByLabelText(/^Browser notification/);
    await user.click(box);
    expect(await screen.findByText(/blocks notifications from this site/)).toBeInTheDocument();
    expect(box).not.toBeChecked();
    advanceTo(T0 + 60 * MIN + S);
    expect(FakeNotification.shown).toEqual([]);
  });

  it('beeps on the click that turns sound on, then once per breach, not when at risk', async () => {
    await seed();
    const { user } = renderBoard();
    await openAlerts(user);
    expect(FakeAudioContext.created).toBe(0);
    await user.click(screen.getByLabelText('Short sound when a ticket breaches'));
    expect(FakeAudioContext.created).toBe(1);
    expect(FakeAudioContext.beeps).toBe(1);
    advanceTo(T0 + 45 * MIN);
    expect(FakeAudioContext.beeps).toBe(1);
    advanceTo(T0 + 60 * MIN + S);
    advanceTo(T0 + 60 * MIN + 2 * S);
    expect(FakeAudioContext.beeps).toBe(2);
  });

  it('stores the choice without resetting the language and theme shown', async () => {
    await seed();
    const { user } = renderBoard('fr');
    await user.click(await screen.findByRole('button', { name: /^Alertes/ }));
    await user.click(
      screen.getByLabelText('Nombre de tickets en dépassement dans le titre de l’onglet'),
    );
    await vi.waitFor(async () => {
      expect(await data.source.settings.getSettings()).toMatchObject({
        language: 'fr',
        theme: 'dark',
        alerts: { notifications: false, sound: false, titleCount: true },
      });
    });
    expect(document.title).toBe('(1) Tableau des échéances · SLA Board');
  });
});
