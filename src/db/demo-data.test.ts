import { describe, expect, it } from 'vitest';
import {
  checkTicketAction,
  defaultPolicy,
  evaluateTicket,
  PRIORITIES,
  ticketState,
  TIER_IDS,
  toEngineEvents,
  type MetricState,
  type TicketAction,
} from '../sla';
import { generateDemoData } from './demo-data';
import { serializeExport } from './export-format';
import { parseExport } from './import-json';
import type { EventRecord, TicketRecord } from './records';
import { DEFAULT_SETTINGS } from './settings-repo';

const NOW_MS = Date.parse('2026-03-10T15:30:00Z');

function states(ticket: TicketRecord, accountCadence?: Partial<Record<'P1' | 'P2', number>>) {
  return evaluateTicket(
    {
      ...ticket,
      createdAt: new Date(ticket.createdAt),
      events: toEngineEvents(ticket.events),
      cadenceOverrides: accountCadence,
    },
    defaultPolicy,
    new Date(NOW_MS),
  ).map((status) => status.state);
}

/** The action a stored event records (a resolve that ends a wait writes two events). */
function actionOf(event: EventRecord): TicketAction {
  switch (event.type) {
    case 'reply':
    case 'note':
      return { type: event.type, message: event.message };
    case 'status':
      return { type: event.to === 'open' ? 'resume' : 'wait-on-customer' };
    case 'priority':
      return { type: 'change-priority', to: event.to, reason: event.reason };
    case 'restored':
      return { type: 'mark-restored' };
    case 'resolved':
      return { type: 'resolve' };
    case 'reopened':
      return { type: 'reopen' };
  }
}

describe('generateDemoData', () => {
  it('gives the same records for the same seed, and others for another seed', () => {
    const options = { seed: 11, nowMs: NOW_MS, ticketCount: 200 };
    expect(generateDemoData(options)).toEqual(generateDemoData(options));
    expect(generateDemoData({ ...options, seed: 12 }).tickets).not.toEqual(
      generateDemoData(options).tickets,
    );
  });

  it('covers every tier, priority and region with just 10 tickets', () => {
    const { tickets } = generateDemoData({ seed: 3, nowMs: NOW_MS, ticketCount: 10 });
    expect(tickets).toHaveLength(10);
    expect(new Set(tickets.map((ticket) => ticket.tier))).toEqual(new Set(TIER_IDS));
    expect(new Set(tickets.map((ticket) => ticket.priority))).toEqual(new Set(PRIORITIES));
    expect(new Set(tickets.map((ticket) => ticket.region))).toEqual(
      new Set(Object.keys(defaultPolicy.calendars)),
    );
  });

  it('mixes breached, at-risk, paused, running and met metrics at nowMs', () => {
    for (const ticketCount of [10, 300]) {
      const { tickets, accounts } = generateDemoData({ seed: 5, nowMs: NOW_MS, ticketCount });
      const cadences = new Map(accounts.map((account) => [account.id, account.cadenceOverrides]));
      const seen = new Set<MetricState>(
        tickets.flatMap((ticket) => states(ticket, cadences.get(ticket.accountId))),
      );
      for (const state of ['breached', 'at-risk', 'paused', 'running', 'met'] as const) {
        expect(seen, `${state} with ${String(ticketCount)} tickets`).toContain(state);
      }
    }
  });

  it('writes realistic records: named accounts, "as agreed" cadences, authors, reasons', () => {
    const { tickets, accounts } = generateDemoData({ seed: 9, nowMs: NOW_MS, ticketCount: 500 });
    expect(accounts.some((account) => account.cadenceOverrides)).toBe(true);
    expect(accounts.every((a) => a.tier !== 'standard' || !a.cadenceOverrides)).toBe(true);
    const events = tickets.flatMap((ticket) => ticket.events);
    expect(events.every((event) => event.author.length > 0)).toBe(true);
    expect(events.some((e) => e.type === 'priority' && e.reason.length > 0)).toBe(true);
    const against = tickets.filter(
      (t) => t.recommendation && t.recommendation.priority !== t.priority,
    );
    expect(against.length).toBeGreaterThan(0);
    expect(new Set(tickets.map((ticket) => ticket.status))).toEqual(
      new Set(['open', 'waiting-on-customer', 'resolved']),
    );
  });

  it('keeps every history legal, in time order, before nowMs, with derived fields in step', () => {
    const { tickets } = generateDemoData({ seed: 21, nowMs: NOW_MS, ticketCount: 1000 });
    for (const ticket of tickets) {
      let previous = ticket.createdAt;
      ticket.events.forEach((event, index) => {
        expect(event.at).toBeGreaterThanOrEqual(previous);
        expect(event.at).toBeLessThanOrEqual(NOW_MS);
        expect(event.id).toBe(`e${String(index + 1)}`);
        const state = ticketState({
          priority: ticket.priority,
          events: ticket.events.slice(0, index),
        });
        expect(checkTicketAction(state, actionOf(event))).toBeNull();
        previous = event.at;
      });
      const final = ticketState(ticket);
      expect([ticket.status, ticket.currentPriority]).toEqual([final.lifecycle, final.priority]);
    }
  });

  it('round-trips through the export file', () => {
    const data = generateDemoData({ seed: 4, nowMs: NOW_MS, ticketCount: 300 });
    const file = { exportedAt: NOW_MS, settings: DEFAULT_SETTINGS, policies: [], ...data };
    expect(parseExport(serializeExport(file))).toEqual({ ok: true, value: file });
  });

  it('generates 100,000 tickets in a few seconds', () => {
    const started = performance.now();
    const { tickets } = generateDemoData({ seed: 1, nowMs: NOW_MS, ticketCount: 100_000 });
    expect(tickets).toHaveLength(100_000);
    expect(new Set(tickets.map((ticket) => ticket.id)).size).toBe(100_000);
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
