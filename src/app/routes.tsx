import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { PolicyPage } from '../features/policy/policy-page';
import { AppLayout } from './app-layout';

/** The app's screens. `/` shows the policy until the breach board takes it over. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/policy" replace />} />
        <Route path="policy" element={<PolicyPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
