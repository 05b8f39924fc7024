/**
 * Runs in Chromium on the built app's origin (built next to the app by bench/board-bench.ts):
 * fills the app's own database with seeded demo data, open tickets only, through the same
 * `generateDemoData` + `applyImport` path as the storage bench. Exposes `window.seedBoard()`.
 */
import { generateDemoData } from '../../src/db/demo-data';
import { applyImport } from '../../src/db/import-json';
import { closeSlaDb, openSlaDb } from '../../src/db/open-db';

export interface BoardSeedResult {
  openTickets: number;
  events: number;
  accounts: number;
  generatedTickets: number;
}

/**
 * Stores `count` open tickets: demo data for `nowMs` (about a fifth of it is resolved), with the
 * resolved ones left out. The same seed, count and `nowMs` always give the same tickets.
 */
async function seedBoard(count: number, seed: number, nowMs: number): Promise<BoardSeedResult> {
  let ticketCount = Math.ceil(count * 1.4);
  for (;;) {
    const data = generateDemoData({ seed, nowMs, ticketCount });
    const open = data.tickets.filter((ticket) => ticket.status !== 'resolved');
    if (open.length >= count) {
      const tickets = open.slice(0, count);
      const db = await openSlaDb();
      await applyImport(db, { tickets, accounts: data.accounts }, { existingTickets: 'replace' });
      closeSlaDb();
      return {
        openTickets: tickets.length,
        events: tickets.reduce((sum, ticket) => sum + ticket.events.length, 0),
        accounts: data.accounts.length,
        generatedTickets: ticketCount,
      };
    }
    ticketCount = Math.ceil(ticketCount * 1.5);
  }
}

declare global {
  interface Window {
    seedBoard: (count: number, seed: number, nowMs: number) => Promise<BoardSeedResult>;
  }
}
window.seedBoard = seedBoard;
