import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { ShieldCheckIcon } from '../../../shared/ui/icons';
import type { BoardFilters } from '../model/board-filters';
import type { BoardTicket } from '../model/board-ticket';
import { buildBoardView } from '../model/board-view';
import { buildTransitionIndex, stateInstant } from '../model/transition-index';
import { useViewRows } from '../model/use-view-rows';
import { useRowsThatFit } from './use-rows-that-fit';
import { WallboardRow } from './wallboard-row';
import { WallboardSummary } from './wallboard-summary';
import { wallboardPage, wallboardPageAt } from './wallboard-paging';

const pagingButton =
  'rounded-md border border-slate-500 px-3 py-1 text-base font-semibold text-slate-100 hover:bg-slate-800 aria-pressed:bg-slate-100 aria-pressed:text-slate-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-300';

/** Rows drawn before the list is measured (and where layout is unknown). */
const INITIAL_ROWS = 6;

interface WallboardContentProps {
  boards: readonly BoardTicket[];
  filters: BoardFilters;
  nowMs: number;
}

/**
 * The live part of the wallboard: the board's own model (transition index, view, lanes) on the
 * page's one clock. The order and counts change only when a metric changes state; the page turns
 * with the clock (see wallboardPage), so no timer of its own.
 */
export function WallboardContent({ boards, filters, nowMs }: WallboardContentProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const index = useMemo(() => buildTransitionIndex(boards), [boards]);
  const stateAtMs = stateInstant(index, nowMs);
  const view = useMemo(
    () => buildBoardView(boards, filters, stateAtMs),
    [boards, filters, stateAtMs],
  );
  const rows = useViewRows(view, filters.due, nowMs);
  const { listRef, perPage } = useRowsThatFit(INITIAL_ROWS);
  // Paging stops on request (WCAG 2.2.2): the page shown then turns only by hand.
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const page =
    pausedAt === null
      ? wallboardPage(rows.length, perPage, nowMs)
      : wallboardPageAt(rows.length, perPage, pausedAt);
  const number = new Intl.NumberFormat(locale);
  const isCalm = view.summary.breached === 0 && view.summary['at-risk'] === 0;
  return (
    <>
      <WallboardSummary summary={view.summary} />
      {rows.length === 0 ? (
        <div className="flex flex-1 flex-col items-center justify-center gap-3 text-center">
          <ShieldCheckIcon className="size-16 text-emerald-300 lg:size-24" />
          <h2 className="text-4xl font-bold lg:text-6xl">{t('wallboard.empty.title')}</h2>
          <p className="text-xl text-slate-300 lg:text-3xl">{t('wallboard.empty.body')}</p>
        </div>
      ) : (
        <section aria-labelledby={headingId} className="flex min-h-0 flex-1 flex-col">
          <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 border-b border-slate-700 pb-1 text-base text-slate-300 lg:text-xl 2xl:text-2xl">
            <h2 id={headingId} className="font-semibold text-slate-100">
              {t('wallboard.list.label')}
            </h2>
            {isCalm ? (
              <p className="flex items-center gap-2 font-semibold text-emerald-300">
                <ShieldCheckIcon className="size-5 lg:size-6" />
                {t('wallboard.calm')}
              </p>
            ) : null}
            <p className="tabular-nums">
              {page.count > 1 ? (
                <span className="mr-4 font-semibold text-slate-100">
                  {t('wallboard.page', {
                    page: number.format(page.index + 1),
                    count: number.format(page.count),
                  })}
                </span>
              ) : null}
              {t('wallboard.rows.range', {
                from: number.format(page.from + 1),
                to: number.format(page.to),
                total: number.format(rows.length),
              })}
            </p>
            {page.count > 1 || pausedAt !== null ? (
              <div role="group" aria-label={t('wallboard.paging.label')} className="flex gap-2">
                {pausedAt === null ? null : (
                  <button
                    type="button"
                    onClick={() => {
                      setPausedAt(page.index - 1);
                    }}
                    className={pagingButton}
                  >
                    {t('wallboard.paging.previous')}
                  </button>
                )}
                <button
                  type="button"
                  aria-pressed={pausedAt !== null}
                  onClick={() => {
                    setPausedAt(pausedAt === null ? page.index : null);
                  }}
                  className={pagingButton}
                >
                  {t('wallboard.paging.pause')}
                </button>
                {pausedAt === null ? null : (
                  <button
                    type="button"
                    onClick={() => {
                      setPausedAt(page.index + 1);
                    }}
                    className={pagingButton}
                  >
                    {t('wallboard.paging.next')}
                  </button>
                )}
              </div>
            ) : null}
          </div>
          <ul ref={listRef} aria-labelledby={headingId} className="min-h-0 flex-1 overflow-hidden">
            {rows.slice(page.from, page.to).map((row) => (
              <li key={row.id} className="h-40 border-b border-slate-800 lg:h-24 2xl:h-32">
                <WallboardRow board={row.board} nowMs={nowMs} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
