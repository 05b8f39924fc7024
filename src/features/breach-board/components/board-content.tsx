import { useMemo } from 'react';
import { useNow } from '../../../clock/use-now';
import type { AccountRecord } from '../../../queries/data-types';
import type { Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { BoardFilters } from '../model/board-filters';
import type { BoardTicket } from '../model/board-ticket';
import { buildBoardView } from '../model/board-view';
import { laneCounts } from '../model/lanes';
import { buildTransitionIndex, stateInstant } from '../model/transition-index';
import { useViewRows } from '../model/use-view-rows';
import { BoardFilterBar } from './board-filter-bar';
import { BoardList } from './board-list';
import { BoardSummary } from './board-summary';
import { StateAnnouncer } from './state-announcer';
import { BoardAlerts } from '../alerts/board-alerts';
import { WallboardLink } from '../wallboard/wallboard-link';

interface BoardContentProps {
  boards: readonly BoardTicket[];
  policy: Policy;
  accounts: readonly AccountRecord[];
  filters: BoardFilters;
  onFilters: (next: BoardFilters) => void;
}

/**
 * The live part of the board, on the page's one clock (`useNow(1000)`). Each tick costs a binary
 * search (has a state changed?), the lane counts, and the rows on screen; the order and the
 * summary are recomputed only when a metric changes state.
 */
export function BoardContent({ boards, policy, accounts, filters, onFilters }: BoardContentProps) {
  const { t, tPlural, locale } = useI18n();
  const nowMs = useNow(1000);
  const index = useMemo(() => buildTransitionIndex(boards), [boards]);
  const stateAtMs = stateInstant(index, nowMs);
  const view = useMemo(
    () => buildBoardView(boards, filters, stateAtMs),
    [boards, filters, stateAtMs],
  );
  const rows = useViewRows(view, filters.due, nowMs);
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <BoardAlerts boards={boards} stateAtMs={stateAtMs} nowMs={nowMs} />
        <WallboardLink filters={filters} />
      </div>
      <BoardSummary
        summary={view.summary}
        lanes={laneCounts(view.nextBreaches, nowMs)}
        state={filters.state}
        onState={(state) => {
          onFilters({ ...filters, state });
        }}
        lane={filters.due}
        onLane={(due) => {
          onFilters({ ...filters, due });
        }}
      />
      <BoardFilterBar filters={filters} policy={policy} accounts={accounts} onChange={onFilters} />
      <StateAnnouncer boards={boards} stateAtMs={stateAtMs} nowMs={nowMs} />
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        {tPlural('board.list.count', view.total, { shown: number.format(rows.length) })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">{t('board.emptyFiltered')}</p>
      ) : (
        <BoardList rows={rows} nowMs={nowMs} />
      )}
    </>
  );
}
