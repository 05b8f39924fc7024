import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { EventRecord } from '../../../queries/data-types';
import { defaultPolicy, evaluateTicket, PRIORITIES, TIER_IDS, toEngineEvents } from '../../../sla';
import { testAccount, testTicket, waitingEvents } from '../board-test-tickets';
import { parseBoardFilters } from './board-filters';
import { buildBoardTickets } from './board-ticket';
import { buildBoardView } from './board-view';
import { LANES, laneLimitMs, laneSlice } from './lanes';
import { liveState } from './live-metric';
import { holdOrder } from './stable-order';
import { buildTransitionIndex, stateInstant } from './transition-index';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const accounts = new Map([[testAccount.id, testAccount]]);
const noFilters = parseBoardFilters(new URLSearchParams());

const eventsArb = fc.oneof(
  fc.constant<(createdAt: number) => EventRecord[]>(() => []),
  fc
    .integer({ min: 1, max: 600 })
    .map((minutes) => (createdAt: number) => waitingEvents(createdAt + minutes * MIN)),
  fc
    .integer({ min: 1, max: 600 })
    .map((minutes) => (createdAt: number): EventRecord[] => [
      { id: 'e1', at: createdAt + minutes * MIN, author: 'Ana', type: 'reply', message: 'Hi' },
    ]),
);

/** Open tickets created up to three days before T0, with no event after T0. */
const ticketsArb = fc
  .array(
    fc.record({
      createdBeforeMs: fc.integer({ min: 0, max: 3 * DAY }),
      priority: fc.constantFrom(...PRIORITIES),
      tier: fc.constantFrom(...TIER_IDS),
      events: eventsArb,
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) =>
    specs.map((spec, index) => {
      const createdAt = T0 - spec.createdBeforeMs;
      const events = spec.events(createdAt).filter((event) => event.at <= T0);
      return testTicket({
        id: `T-${String(index)}`,
        createdAt,
        priority: spec.priority,
        tier: spec.tier,
        events,
      });
    }),
  );

const laterArb = fc.integer({ min: 0, max: 10 * DAY });

describe('the breach board model, for any tickets and any later instant', () => {
  test.prop([ticketsArb, laterArb], { seed: 20261125, numRuns: 150 })(
    'shows the states evaluateTicket gives at that instant, without calling it per tick',
    (tickets, aheadMs) => {
      const boards = buildBoardTickets(tickets, accounts, defaultPolicy, T0);
      const nowMs = T0 + aheadMs;
      for (const board of boards) {
        const { ticket } = board;
        const expected = evaluateTicket(
          {
            tier: ticket.tier,
            priority: ticket.priority,
            region: ticket.region,
            createdAt: new Date(ticket.createdAt),
            events: toEngineEvents(ticket.events),
          },
          defaultPolicy,
          new Date(nowMs),
        );
        const shown = (board.metrics ?? []).map((item) => liveState(item.forecast, nowMs));
        expect(shown).toEqual(expected.map((status) => status.state));
      }
    },
  );

  test.prop([ticketsArb, laterArb], { seed: 20261125, numRuns: 150 })(
    'orders and counts the same at the state instant as at the real instant',
    (tickets, aheadMs) => {
      const boards = buildBoardTickets(tickets, accounts, defaultPolicy, T0);
      const nowMs = T0 + aheadMs;
      const cached = buildBoardView(
        boards,
        noFilters,
        stateInstant(buildTransitionIndex(boards), nowMs),
      );
      const direct = buildBoardView(boards, noFilters, nowMs);
      expect(cached.rows.map((row) => row.id)).toEqual(direct.rows.map((row) => row.id));
      expect(cached.summary).toEqual(direct.summary);
    },
  );

  test.prop([ticketsArb, laterArb, fc.constantFrom(...LANES)], { seed: 20261125, numRuns: 150 })(
    'puts in a lane exactly the tickets whose next deadline falls in its window',
    (tickets, aheadMs, lane) => {
      const boards = buildBoardTickets(tickets, accounts, defaultPolicy, T0);
      const nowMs = T0 + aheadMs;
      const view = buildBoardView(
        boards,
        noFilters,
        stateInstant(buildTransitionIndex(boards), nowMs),
      );
      const { from, to } = laneSlice(view.nextBreaches, lane, nowMs);
      const inLane = new Set(view.nextBreachIds.slice(from, to));
      const limit = laneLimitMs(lane, nowMs);
      view.nextBreaches.forEach((dueMs, index) => {
        const id = view.nextBreachIds[index] ?? '';
        expect(inLane.has(id)).toBe(dueMs > nowMs && dueMs <= limit);
      });
    },
  );
});

describe('holding the order', () => {
  const idsArb = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 });
  test.prop([idsArb, idsArb], { seed: 20261125 })(
    'shows every current row once, keeping the held ones in their shown order',
    (shownIds, currentIds) => {
      const shown = shownIds.map(String);
      const rows = currentIds.map((id) => ({ id: String(id) }));
      const held = holdOrder(shown, rows).map((row) => row.id);
      expect([...held].sort()).toEqual(rows.map((row) => row.id).sort());
      const kept = held.filter((id) => shown.includes(id));
      expect(kept).toEqual(shown.filter((id) => kept.includes(id)));
      const firstNew = held.findIndex((id) => !shown.includes(id));
      if (firstNew >= 0) expect(held.slice(firstNew).every((id) => !shown.includes(id))).toBe(true);
    },
  );
});
