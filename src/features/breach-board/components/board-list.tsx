import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { ticketParam } from '../panel/ticket-param';
import type { BoardRowModel } from '../model/board-view';
import { holdOrder, isSameOrder } from '../model/stable-order';
import { BoardRow } from './board-row';
import { panel } from './board-classes';

/** A first guess of a row's height; rows are measured once drawn. */
const ESTIMATED_ROW_PX = 96;
/** How far Page Up / Page Down move, in rows. */
const PAGE_ROWS = 10;
const estimateSize = () => ESTIMATED_ROW_PX;

interface BoardListProps {
  rows: readonly BoardRowModel[];
  nowMs: number;
}

/** While the pointer is over the list or focus is in it, rows keep their places. */
interface Hold {
  ids: readonly string[];
  pointer: boolean;
  focus: boolean;
}
type HoldSource = 'pointer' | 'focus';

const FOCUSABLE = 'a[href], button:not([disabled])';

function targetIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(count - 1, index + PAGE_ROWS);
    case 'PageUp':
      return Math.max(0, index - PAGE_ROWS);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The tickets, virtualised: only the rows on screen (plus a few) exist, so a tick re-renders a
 * screenful of rows whatever the number of tickets. The order never moves under the lead's
 * pointer or focus: it is held until both leave the list. Arrow keys move between rows, keeping
 * the column (ticket link, metric…).
 */
export function BoardList({ rows, nowMs }: BoardListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<{ index: number; position: number } | null>(null);
  const [params] = useSearchParams();
  // The ticket panel opens from a row: the order holds while it is open, so the row (and its
  // button, which gets the focus back) stays where the lead left it, whatever the action did.
  const isPanelOpen = ticketParam(params) !== undefined;
  const [hold, setHold] = useState<Hold | null>(null);
  const isHolding = hold !== null && (hold.pointer || hold.focus || isPanelOpen);
  const shown = useMemo(
    () => (isHolding && hold ? holdOrder(hold.ids, rows) : rows),
    [isHolding, hold, rows],
  );
  const isHeld = isHolding && !isSameOrder(shown, rows);

  const startHold = (source: HoldSource) => {
    setHold(
      (previous) =>
        (previous && (isPanelOpen || previous.pointer || previous.focus)
          ? { ...previous, [source]: true }
          : null) ?? {
          ids: shown.map((row) => row.id),
          pointer: source === 'pointer',
          focus: source === 'focus',
        },
    );
  };
  const endHold = (source: HoldSource) => {
    // Kept with both flags off while the panel is open: `isHolding` decides.
    setHold((previous) => (previous ? { ...previous, [source]: false } : null));
  };

  // Options that keep their identity between ticks: new ones make the virtualiser re-measure.
  const getItemKey = useCallback((index: number) => shown[index]?.id ?? index, [shown]);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-safe; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 4,
    paddingEnd: 120,
  });

  const focusRow = (index: number, position: number): boolean => {
    const row = scrollRef.current?.querySelector(`li[data-index="${String(index)}"]`);
    if (!row) return false;
    const controls = row.querySelectorAll<HTMLElement>(FOCUSABLE);
    const control = controls[Math.min(position, controls.length - 1)];
    control?.focus();
    return control !== undefined;
  };

  // A row scrolled into view is drawn on the next render; focus it then.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (pending && focusRow(pending.index, pending.position)) pendingFocus.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    const row = target.closest('li[data-index]');
    if (!row) return;
    const index = Number(row.getAttribute('data-index'));
    const next = targetIndex(event.key, index, shown.length);
    if (next === undefined) return;
    event.preventDefault();
    const position = Array.from(row.querySelectorAll(FOCUSABLE)).findIndex((control) =>
      control.contains(target),
    );
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (!focusRow(next, Math.max(0, position))) {
      pendingFocus.current = { index: next, position: Math.max(0, position) };
    }
  };

  return (
    <>
      <p
        className={`mt-2 text-xs text-slate-600 dark:text-slate-400 ${isHeld ? '' : 'hidden md:block'}`}
      >
        {isHeld ? t('board.list.held') : t('board.list.keys')}
      </p>
      <div
        ref={scrollRef}
        onPointerEnter={() => {
          startHold('pointer');
        }}
        onPointerLeave={() => {
          endHold('pointer');
        }}
        onFocus={() => {
          startHold('focus');
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) endHold('focus');
        }}
        className={`mt-2 h-[70vh] min-h-80 overflow-auto ${panel}`}
      >
        {/* Keys are delegated from the links and buttons in the rows; the list itself takes no focus. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above */}
        <ul
          aria-label={t('board.list.label')}
          onKeyDown={onKeyDown}
          className="relative w-full"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = shown[item.index];
            if (!row) return null;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-setsize={shown.length}
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
    </>
  );
}
