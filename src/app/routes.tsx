import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { PolicyPage } from '../features/policy/policy-page';
import { AccountsPage } from '../features/accounts/accounts-page';
import { NewTicketPage } from '../features/tickets/new-ticket-page';
import { TicketPage } from '../features/tickets/ticket-page';
import { TicketsPage } from '../features/tickets/tickets-page';
import { BreachBoardPage } from '../features/breach-board/breach-board-page';
import { DataPage } from '../features/data/data-page';
import { SettingsPage } from '../features/settings/settings-page';
import { TriagePage } from '../features/triage-form/triage-page';
import { WallboardPage } from '../features/breach-board/wallboard/wallboard-page';
import { AppLayout } from './app-layout';

/** The app's screens. `/` opens the breach board; the wallboard has no app frame. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/board" replace />} />
        <Route path="board" element={<BreachBoardPage />} />
        <Route path="policy" element={<PolicyPage />} />
        <Route path="triage" element={<TriagePage />} />
        <Route path="tickets" element={<TicketsPage />} />
        <Route path="tickets/new" element={<NewTicketPage />} />
        <Route path="tickets/:ticketId" element={<TicketPage />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="data" element={<DataPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="wallboard" element={<WallboardPage />} />
    </Routes>
  );
}
