import { useRef } from 'react';
import { Outlet } from 'react-router';
import { useI18n } from '../shared/i18n/use-i18n';
import { AppHeader } from './app-header';
import { DataErrorToasts } from './data-error-toasts';
import { RouteFocusContext, useRouteFocus } from './route-focus';
import { StorageBanners } from './storage-banners';

const MAIN_CONTENT_ID = 'main-content';

/**
 * The frame of every screen: skip link, header, and the main landmark. After a navigation to
 * another screen, focus moves to the new screen's heading.
 */
export function AppLayout() {
  const { t } = useI18n();
  const mainRef = useRef<HTMLElement>(null);
  const routeFocus = useRouteFocus(mainRef);
  return (
    <div className="min-h-dvh bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="sr-only z-50 rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:outline-2 focus:outline-offset-2 focus:outline-indigo-700 dark:bg-indigo-300 dark:text-slate-950 dark:focus:outline-indigo-300"
      >
        {t('app.skipToContent')}
      </a>
      <StorageBanners />
      <AppHeader />
      <main ref={mainRef} id={MAIN_CONTENT_ID} tabIndex={-1} className="focus:outline-none">
        <RouteFocusContext value={routeFocus}>
          <Outlet />
        </RouteFocusContext>
      </main>
      <DataErrorToasts />
    </div>
  );
}
