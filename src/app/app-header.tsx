import { NavLink } from 'react-router';
import { useI18n } from '../shared/i18n/use-i18n';
import { LogoIcon } from '../shared/ui/icons';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  [
    'rounded-md px-3 py-1.5 text-sm font-medium underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-300',
    isActive
      ? 'bg-indigo-50 text-indigo-800 underline decoration-2 dark:bg-indigo-950 dark:text-indigo-200'
      : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white',
  ].join(' ');

/** App name, main navigation and the display settings. */
export function AppHeader() {
  const { t } = useI18n();
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <div className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <LogoIcon className="size-6 text-indigo-700 dark:text-indigo-300" />
          <span>{t('app.name')}</span>
        </div>
        {/* On a phone the links make one row that scrolls sideways, under the name and switches. */}
        <nav
          aria-label={t('nav.label')}
          className="order-last -mx-1 w-full overflow-x-auto px-1 pb-1 md:order-none md:mx-0 md:w-auto md:flex-1 md:overflow-visible md:px-0 md:pb-0"
        >
          <ul className="flex gap-1 whitespace-nowrap md:flex-wrap">
            <li>
              <NavLink to="/board" className={navLinkClass}>
                {t('nav.board')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/triage" className={navLinkClass}>
                {t('nav.triage')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/policy" className={navLinkClass}>
                {t('nav.policy')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/tickets" className={navLinkClass}>
                {t('nav.tickets')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/accounts" className={navLinkClass}>
                {t('nav.accounts')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/data" className={navLinkClass}>
                {t('nav.data')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/settings" className={navLinkClass}>
                {t('nav.settings')}
              </NavLink>
            </li>
          </ul>
        </nav>
        <div
          role="group"
          aria-label={t('settings.label')}
          className="flex flex-wrap items-center gap-2"
        >
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
