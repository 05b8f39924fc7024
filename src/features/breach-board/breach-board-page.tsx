import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/use-i18n';
import { textLink } from './components/board-classes';
import { BoardContent } from './components/board-content';
import { boardFiltersToParams, parseBoardFilters, type BoardFilters } from './model/board-filters';
import { useBoardTickets } from './model/use-board-tickets';
import { TicketPanelHost } from './panel/ticket-panel-host';
import { ticketParam, withTicketParam } from './panel/ticket-param';

/**
 * `/board`: every open ticket with its three live countdowns, most urgent first. The forecasts
 * are computed once per change of tickets, accounts or policy (never per tick); the view lives in
 * the URL.
 */
export function BreachBoardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseBoardFilters(params), [params]);
  const { boards, policy, accounts: accountList, isError } = useBoardTickets();
  const setFilters = (next: BoardFilters) => {
    // The open ticket panel (?ticket=) stays open while the filters change.
    setParams((previous) => withTicketParam(boardFiltersToParams(next), ticketParam(previous)), {
      replace: true,
    });
  };

  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:py-8">
      <title>{t('board.documentTitle')}</title>
      <h1 className="text-3xl font-bold tracking-tight">{t('board.title')}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t('board.intro')}</p>
      {isError ? (
        <p
          role="alert"
          className="mt-8 rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          {t('board.loadError')}
        </p>
      ) : !boards || !policy || !accountList ? (
        <p role="status" className="mt-8 text-slate-700 dark:text-slate-300">
          {t('board.loading')}
        </p>
      ) : boards.length === 0 ? (
        <p className="mt-8">
          {t('board.empty')}{' '}
          <Link to="/tickets" className={textLink}>
            {t('board.empty.link')}
          </Link>
        </p>
      ) : (
        <TicketPanelHost boards={boards} policy={policy} accounts={accountList}>
          <BoardContent
            boards={boards}
            policy={policy}
            accounts={accountList}
            filters={filters}
            onFilters={setFilters}
          />
        </TicketPanelHost>
      )}
    </div>
  );
}
