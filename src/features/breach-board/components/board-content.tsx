import { endOfDay, endOfWeek } from 'date-fns';
import { useMemo } from 'react';
import { useNow } from '../../../clock/use-now';
import type { AccountRecord } from '../../../queries/data-types';
import type { Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { BoardFilters } from '../model/board-filters';
import type { BoardTicket } from '../model/board-ticket';
import { buildBoardView } from '../model/board-view';
import { buildTransitionIndex, countBelow, stateInstant } from '../model/transition-index';
import { BoardFilterBar } from './board-filter-bar';
import { BoardList } from './board-list';
import { BoardSummary, type LaneCounts } from './board-summary';
import { StateAnnouncer } from './state-announcer';

const MINUTE_MS = 60_000;

interface BoardContentProps {
  boards: readonly BoardTicket[];
  policy: Policy;
  accounts: readonly AccountRecord[];
  filters: BoardFilters;
  onFilters: (next: BoardFilters) => void;
}

function laneCounts(nextBreaches: readonly number[], nowMs: number): LaneCounts {
  const past = countBelow(nextBreaches, nowMs, true);
  const until = (limitMs: number) => countBelow(nextBreaches, limitMs, true) - past;
  return {
    '15m': until(nowMs + 15 * MINUTE_MS),
    hour: until(nowMs + 60 * MINUTE_MS),
    today: until(endOfDay(nowMs).getTime()),
    week: until(endOfWeek(nowMs, { weekStartsOn: 1 }).getTime()),
  };
}

/**
 * The live part of the board, on the page's one clock (`useNow(1000)`). Each tick costs a binary
 * search (has a state changed?), the lane counts, and the rows on screen; the order and the
 * summary are recomputed only when a metric changes state.
 */
export function BoardContent({ boards, policy, accounts, filters, onFilters }: BoardContentProps) {
  const { t, locale } = useI18n();
  const nowMs = useNow(1000);
  const index = useMemo(() => buildTransitionIndex(boards), [boards]);
  const stateAtMs = stateInstant(index, nowMs);
  const view = useMemo(
    () => buildBoardView(boards, filters, stateAtMs),
    [boards, filters, stateAtMs],
  );
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <BoardSummary
        summary={view.summary}
        lanes={laneCounts(view.nextBreaches, nowMs)}
        state={filters.state}
        onState={(state) => {
          onFilters({ ...filters, state });
        }}
      />
      <BoardFilterBar filters={filters} policy={policy} accounts={accounts} onChange={onFilters} />
      <StateAnnouncer boards={boards} stateAtMs={stateAtMs} nowMs={nowMs} />
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        {t('board.list.count', {
          shown: number.format(view.rows.length),
          total: number.format(view.total),
        })}
      </p>
      {view.rows.length === 0 ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">{t('board.emptyFiltered')}</p>
      ) : (
        <BoardList rows={view.rows} nowMs={nowMs} />
      )}
    </>
  );
}
