import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../sla';
import { testAccount, testTicket, waitingEvents } from '../board-test-tickets';
import { parseBoardFilters } from './board-filters';
import { buildBoardTickets } from './board-ticket';
import { buildBoardView } from './board-view';
import { liveMetric } from './live-metric';
import { buildTransitionIndex, stateInstant } from './transition-index';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const MIN = 60_000;
const accounts = new Map([[testAccount.id, testAccount]]);
const noFilters = parseBoardFilters(new URLSearchParams());

/** Premier+ P1: first response due 1 h after creation on the 24×7 clock, at risk from 45 min. */
const early = testTicket({ id: 'T-1', createdAt: T0 });
const later = testTicket({ id: 'T-2', createdAt: T0 + 10 * MIN });
const waiting = testTicket({ id: 'T-3', createdAt: T0, events: waitingEvents(T0 + 5 * MIN) });

describe('the breach board model', () => {
  const boards = buildBoardTickets([later, early, waiting], accounts, defaultPolicy, T0 + 10 * MIN);
  const index = buildTransitionIndex(boards);

  it('turns a metric at risk, then breached, at the forecast instants', () => {
    const firstResponse = boards[1]?.metrics?.[0]?.forecast;
    if (!firstResponse) throw new Error('no forecast');
    expect(liveMetric(firstResponse, T0 + 45 * MIN - 1000).state).toBe('running');
    expect(liveMetric(firstResponse, T0 + 45 * MIN).state).toBe('at-risk');
    expect(liveMetric(firstResponse, T0 + 60 * MIN)).toEqual({
      state: 'at-risk',
      wallRemainingMs: 0,
    });
    expect(liveMetric(firstResponse, T0 + 60 * MIN + 1000)).toEqual({
      state: 'breached',
      wallRemainingMs: -1000,
    });
  });

  it('keeps a paused metric frozen', () => {
    const restoration = boards[2]?.metrics?.[1]?.forecast;
    if (!restoration) throw new Error('no forecast');
    const before = liveMetric(restoration, T0 + 20 * MIN);
    expect(before.state).toBe('paused');
    expect(liveMetric(restoration, T0 + 3 * 60 * MIN)).toEqual(before);
  });

  it('changes its state instant only when a state changes', () => {
    const a = stateInstant(index, T0 + 11 * MIN);
    expect(stateInstant(index, T0 + 30 * MIN)).toBe(a);
    expect(stateInstant(index, T0 + 45 * MIN)).not.toBe(a);
    expect(stateInstant(index, T0 + 46 * MIN)).toBe(stateInstant(index, T0 + 45 * MIN));
  });

  it('orders by next deadline, breached first, and counts the summary', () => {
    const at = (ms: number) => buildBoardView(boards, noFilters, stateInstant(index, ms));
    const start = at(T0 + 11 * MIN);
    expect(start.rows.map((row) => row.id)).toEqual(['T-1', 'T-2', 'T-3']);
    expect(start.summary).toMatchObject({ breached: 0, running: 2, paused: 1 });
    const t2Breached = buildBoardView(
      buildBoardTickets([early, later], accounts, defaultPolicy, T0 + 75 * MIN),
      noFilters,
      T0 + 75 * MIN,
    );
    expect(t2Breached.summary.credit).toBe(2);
    const oneBreach = at(T0 + 61 * MIN);
    expect(oneBreach.summary).toMatchObject({ breached: 1, 'at-risk': 1, credit: 1 });
    expect(oneBreach.rows[0]?.id).toBe('T-1');
  });

  it('filters by state, metric and free text', () => {
    const view = (query: string) =>
      buildBoardView(boards, parseBoardFilters(new URLSearchParams(query)), T0 + 11 * MIN);
    expect(view('state=paused').rows.map((row) => row.id)).toEqual(['T-3']);
    expect(view('q=t-2').rows.map((row) => row.id)).toEqual(['T-2']);
    expect(view('metric=restoration&state=running').rows.map((row) => row.id)).toEqual([
      'T-1',
      'T-2',
    ]);
    expect(view('tier=standard').rows).toEqual([]);
  });

  it('counts a late first response as credit-eligible once answered, not only while breached', () => {
    const lateReply = testTicket({
      id: 'T-9',
      createdAt: T0,
      events: [{ id: 'e1', at: T0 + 70 * MIN, author: 'Ana', type: 'reply', message: 'Sorry' }],
    });
    const at = T0 + 75 * MIN;
    const view = buildBoardView(
      buildBoardTickets([lateReply], accounts, defaultPolicy, at),
      noFilters,
      at,
    );
    expect(view.summary.credit).toBe(1);
    const credit = buildBoardView(
      buildBoardTickets([lateReply], accounts, defaultPolicy, at),
      parseBoardFilters(new URLSearchParams('state=credit')),
      at,
    );
    expect(credit.rows.map((row) => row.id)).toEqual(['T-9']);
  });
});
