import type { MetricState } from '../../../sla';
import type { BoardFilters } from './board-filters';
import type { BoardTicket } from './board-ticket';
import { dueInstantMs, liveState } from './live-metric';

export interface BoardRowModel {
  board: BoardTicket;
  /** The ticket's id, as the list's stable key. */
  id: string;
  hasBreach: boolean;
}

export interface BoardSummary {
  breached: number;
  'at-risk': number;
  credit: number;
  paused: number;
  running: number;
}

export interface BoardView {
  /** Filtered, breached first, then by the next due instant. */
  rows: BoardRowModel[];
  summary: BoardSummary;
  /** Sorted next breach instant of each shown ticket that has one, for the forecast lanes. */
  nextBreaches: number[];
  /** The ticket of each of `nextBreaches`, in the same order. */
  nextBreachIds: string[];
  /** Tickets before filtering (open ones, or all with showClosed). */
  total: number;
}

const isPending = (state: MetricState) => state === 'running' || state === 'at-risk';

function matchesFacts(board: BoardTicket, filters: BoardFilters): boolean {
  const { ticket } = board;
  if (filters.tier && ticket.tier !== filters.tier) return false;
  if (filters.priority && ticket.currentPriority !== filters.priority) return false;
  if (filters.region && ticket.region !== filters.region) return false;
  if (filters.account && ticket.accountId !== filters.account) return false;
  if (filters.text && !board.searchText.includes(filters.text.trim().toLowerCase())) return false;
  return true;
}

interface TicketStates {
  states: MetricState[];
  credit: boolean;
}

function statesAt(board: BoardTicket, filters: BoardFilters, atMs: number): TicketStates {
  const states: MetricState[] = [];
  let credit = false;
  for (const item of board.metrics ?? []) {
    if (filters.metric && item.metric !== filters.metric) continue;
    const state = liveState(item.forecast, atMs);
    states.push(state);
    // A late first response stays owed a credit once answered (met, creditEligible).
    if ((state === 'breached' && item.promise === 'sla') || item.forecast.status.creditEligible) {
      credit = true;
    }
  }
  return { states, credit };
}

function isClosed(board: BoardTicket, states: readonly MetricState[]): boolean {
  if (board.ticket.status === 'resolved') return true;
  return !states.some((state) => state !== 'met' && state !== 'none');
}

function nextDueMs(board: BoardTicket, atMs: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const item of board.metrics ?? []) {
    const due = dueInstantMs(item.forecast);
    if (due !== undefined && isPending(liveState(item.forecast, atMs))) next = Math.min(next, due);
  }
  return next;
}

/**
 * The board's rows, summary and lane instants with the metric states at `stateAtMs`. The states
 * change only at forecast instants, so call it again only when `stateInstant` changes (see
 * transition-index), never every second: the order holds still between state changes.
 */
export function buildBoardView(
  boards: readonly BoardTicket[],
  filters: BoardFilters,
  stateAtMs: number,
): BoardView {
  const summary: BoardSummary = { breached: 0, 'at-risk': 0, credit: 0, paused: 0, running: 0 };
  const keyed: { row: BoardRowModel; dueMs: number }[] = [];
  const dues: { dueMs: number; id: string }[] = [];
  let total = 0;
  for (const board of boards) {
    const { states, credit } = statesAt(board, filters, stateAtMs);
    if (!filters.showClosed && isClosed(board, states)) continue;
    total += 1;
    if (!matchesFacts(board, filters)) continue;
    const has = (state: MetricState) => states.includes(state);
    if (has('breached')) summary.breached += 1;
    if (has('at-risk')) summary['at-risk'] += 1;
    if (credit) summary.credit += 1;
    if (has('paused')) summary.paused += 1;
    if (has('running')) summary.running += 1;
    const state = filters.state;
    if (state === 'credit' ? !credit : state !== undefined && !has(state)) continue;
    const dueMs = nextDueMs(board, stateAtMs);
    if (Number.isFinite(dueMs)) dues.push({ dueMs, id: board.ticket.id });
    keyed.push({ row: { board, id: board.ticket.id, hasBreach: has('breached') }, dueMs });
  }
  keyed.sort(
    (a, b) =>
      Number(b.row.hasBreach) - Number(a.row.hasBreach) ||
      a.dueMs - b.dueMs ||
      a.row.id.localeCompare(b.row.id),
  );
  dues.sort((a, b) => a.dueMs - b.dueMs || a.id.localeCompare(b.id));
  return {
    rows: keyed.map(({ row }) => row),
    summary,
    nextBreaches: dues.map((due) => due.dueMs),
    nextBreachIds: dues.map((due) => due.id),
    total,
  };
}

/** The rows whose next deadline is among `nextBreachIds[from..to)` (a forecast lane). */
export function rowsInLane(view: BoardView, from: number, to: number): BoardRowModel[] {
  const ids = new Set(view.nextBreachIds.slice(from, to));
  return view.rows.filter((row) => ids.has(row.id));
}
