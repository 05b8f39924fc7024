import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'react-router';
import { useI18n } from '../shared/i18n/use-i18n';
import { RouteErrorFallback } from './route-error-fallback';
import { useFocusOnScreenMount } from './route-focus';

/** Shown while a screen's code downloads. */
function RouteLoading() {
  const { t } = useI18n();
  return (
    <p
      role="status"
      className="mx-auto max-w-7xl px-4 py-6 text-slate-700 sm:px-6 dark:text-slate-300"
    >
      {t('route.loading')}
    </p>
  );
}

/** Mounts with the loaded screen, to hand it the focus after a navigation. */
function ScreenReady() {
  useFocusOnScreenMount();
  return null;
}

/**
 * One route's screen with its own error boundary and loading state: a screen that fails to render
 * or to download shows a message in place, and leaving for another address clears it.
 */
export function RouteScreen({ page }: { page: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteErrorFallback} resetKeys={[pathname]}>
      <Suspense fallback={<RouteLoading />}>
        {page}
        <ScreenReady />
      </Suspense>
    </ErrorBoundary>
  );
}
