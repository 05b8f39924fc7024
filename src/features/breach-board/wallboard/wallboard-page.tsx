import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useNow } from '../../../clock/use-now';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { boardFiltersToParams, parseBoardFilters } from '../model/board-filters';
import { useBoardTickets } from '../model/use-board-tickets';
import { useFullscreen } from './use-fullscreen';
import { WallboardContent } from './wallboard-content';

const focusRing =
  'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo-300';
const control = `inline-flex min-h-11 items-center rounded-md border-2 border-slate-500 px-3 py-1.5 text-sm font-semibold sm:text-base text-slate-50 hover:bg-slate-800 lg:text-lg ${focusRing}`;

/**
 * `/wallboard`: the board for a screen on the wall, always dark and in large type: the counts,
 * then the most urgent tickets, a screenful at a time, turning the page every 15 s. It reads the
 * board's filters from the URL and has no app frame, so it brings its own landmarks.
 */
export function WallboardPage() {
  const { t, locale } = useI18n();
  // Reached by a link (not a first load): the heading takes the focus the link had.
  const { key: locationKey } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [isNavigatedTo] = useState(() => locationKey !== 'default');
  useEffect(() => {
    if (isNavigatedTo) headingRef.current?.focus();
  }, [isNavigatedTo]);
  const nowMs = useNow(1000);
  const [params] = useSearchParams();
  const filters = useMemo(() => parseBoardFilters(params), [params]);
  const query = boardFiltersToParams(filters).toString();
  const { boards, isError } = useBoardTickets();
  const fullscreen = useFullscreen();
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }), [locale]);
  return (
    <div className="dark flex h-dvh flex-col gap-3 overflow-hidden bg-slate-950 p-3 text-slate-50 [color-scheme:dark] sm:p-4 lg:gap-5 lg:p-6">
      <title>{t('wallboard.documentTitle')}</title>
      <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-4">
          <h1
            ref={headingRef}
            tabIndex={-1}
            className="text-2xl font-bold sm:text-3xl lg:text-4xl 2xl:text-6xl"
          >
            {t('wallboard.title')}
          </h1>
          {query ? (
            <p className="text-base text-slate-300 lg:text-xl">{t('wallboard.filtered')}</p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-2xl font-bold tabular-nums lg:text-4xl 2xl:text-6xl">
            <span className="sr-only">{t('wallboard.clock')} </span>
            <time dateTime={new Date(nowMs).toISOString()}>{time.format(nowMs)}</time>
          </p>
          {fullscreen.isSupported ? (
            <button type="button" onClick={fullscreen.toggle} className={control}>
              {fullscreen.isActive
                ? t('wallboard.fullscreen.leave')
                : t('wallboard.fullscreen.enter')}
            </button>
          ) : null}
          <Link to={query ? `/board?${query}` : '/board'} className={control}>
            {t('wallboard.back')}
          </Link>
        </div>
      </header>
      <main className="flex min-h-0 flex-1 flex-col gap-3 lg:gap-5">
        {isError ? (
          <p role="alert" className="rounded-lg border-2 border-red-400 bg-red-950 p-4 text-2xl">
            {t('wallboard.loadError')}
          </p>
        ) : boards ? (
          <WallboardContent boards={boards} filters={filters} nowMs={nowMs} />
        ) : (
          <p role="status" className="text-2xl text-slate-300 lg:text-4xl">
            {t('wallboard.loading')}
          </p>
        )}
      </main>
    </div>
  );
}
