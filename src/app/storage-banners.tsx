import type { ReactNode } from 'react';
import { useDbStatus } from '../queries/use-db-status';
import { useI18n } from '../shared/i18n/use-i18n';

function Banner({ children }: { children: ReactNode }) {
  return (
    <div
      role="alert"
      className="border-b-2 border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <span aria-hidden="true" className="text-lg font-bold">
          ⚠
        </span>
        {children}
      </div>
    </div>
  );
}

/**
 * Problems with this tab's database, shown above every screen until they are gone: an upgrade
 * blocked by an old tab, this tab outdated by a newer one, or storage unavailable.
 */
export function StorageBanners() {
  const { t } = useI18n();
  const status = useDbStatus();
  switch (status) {
    case 'blocked':
      return (
        <Banner>
          <p className="flex-1 font-medium">{t('storage.banner.blocked')}</p>
        </Banner>
      );
    case 'outdated':
      return (
        <Banner>
          <p className="flex-1 font-medium">{t('storage.banner.outdated')}</p>
          <button
            type="button"
            onClick={() => {
              window.location.reload();
            }}
            className="rounded-md bg-amber-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-amber-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-900 dark:bg-amber-200 dark:text-amber-950 dark:hover:bg-amber-100 dark:focus-visible:outline-amber-200"
          >
            {t('storage.banner.reload')}
          </button>
        </Banner>
      );
    case 'failed':
      return (
        <Banner>
          <p className="flex-1 font-medium">{t('storage.banner.failed')}</p>
        </Banner>
      );
    case 'closed':
    case 'opening':
    case 'open':
    case 'terminated':
      return null;
  }
}
