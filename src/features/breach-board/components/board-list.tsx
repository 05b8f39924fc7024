import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { BoardRowModel } from '../model/board-view';
import { BoardRow } from './board-row';
import { panel } from './board-classes';

/** A first guess of a row's height; rows are measured once drawn. */
const ESTIMATED_ROW_PX = 96;

interface BoardListProps {
  rows: readonly BoardRowModel[];
  nowMs: number;
}

/**
 * The tickets, virtualised: only the rows on screen (plus a few) exist, so a tick re-renders a
 * screenful of rows whatever the number of tickets.
 */
export function BoardList({ rows, nowMs }: BoardListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-safe; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 4,
    paddingEnd: 120,
  });
  return (
    <div ref={scrollRef} className={`mt-4 h-[70vh] min-h-80 overflow-auto ${panel}`}>
      <ul
        aria-label={t('board.list.label')}
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="absolute top-0 left-0 w-full focus-within:z-10 hover:z-10"
              style={{ transform: `translateY(${String(item.start)}px)` }}
            >
              <BoardRow board={row.board} nowMs={nowMs} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
