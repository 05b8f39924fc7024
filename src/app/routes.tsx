import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { BreachBoardPage } from '../features/breach-board/breach-board-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { AppLayout } from './app-layout';
import { RouteScreen } from './route-screen';

// The board is the start page, so it ships in the entry chunk (no extra round trip before the
// first rows). Every other screen is its own chunk, fetched on first visit.
const PolicyPage = lazy(() =>
  import('../features/policy/policy-page').then((m) => ({ default: m.PolicyPage })),
);
const TriagePage = lazy(() =>
  import('../features/triage-form/triage-page').then((m) => ({ default: m.TriagePage })),
);
const TicketsPage = lazy(() =>
  import('../features/tickets/tickets-page').then((m) => ({ default: m.TicketsPage })),
);
const NewTicketPage = lazy(() =>
  import('../features/tickets/new-ticket-page').then((m) => ({ default: m.NewTicketPage })),
);
const TicketPage = lazy(() =>
  import('../features/tickets/ticket-page').then((m) => ({ default: m.TicketPage })),
);
const AccountsPage = lazy(() =>
  import('../features/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })),
);
const DataPage = lazy(() =>
  import('../features/data/data-page').then((m) => ({ default: m.DataPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const WallboardPage = lazy(() =>
  import('../features/breach-board/wallboard/wallboard-page').then((m) => ({
    default: m.WallboardPage,
  })),
);

/**
 * The app's screens. `/` opens the breach board; the wallboard has no app frame. Each screen has
 * its own error boundary and loading state (`RouteScreen`).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="/board" replace />} />
      <Route element={<AppLayout />}>
        <Route path="board" element={<RouteScreen page={<BreachBoardPage />} />} />
        <Route path="policy" element={<RouteScreen page={<PolicyPage />} />} />
        <Route path="triage" element={<RouteScreen page={<TriagePage />} />} />
        <Route path="tickets" element={<RouteScreen page={<TicketsPage />} />} />
        <Route path="tickets/new" element={<RouteScreen page={<NewTicketPage />} />} />
        <Route path="tickets/:ticketId" element={<RouteScreen page={<TicketPage />} />} />
        <Route path="accounts" element={<RouteScreen page={<AccountsPage />} />} />
        <Route path="data" element={<RouteScreen page={<DataPage />} />} />
        <Route path="settings" element={<RouteScreen page={<SettingsPage />} />} />
        <Route path="*" element={<RouteScreen page={<NotFoundPage />} />} />
      </Route>
      <Route path="wallboard" element={<RouteScreen page={<WallboardPage />} />} />
    </Routes>
  );
}
