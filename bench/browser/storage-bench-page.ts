/**
 * Runs in Chromium (served by Vite, driven by bench/browser-bench.ts): the app's own IndexedDB
 * code against the browser's real IndexedDB. Exposes `window.runStorageBench()`.
 */
import { deleteDB } from 'idb';
import { changeChannel } from '../../src/db/change-channel';
import { createDataSource } from '../../src/db/data-source';
import { generateDemoData } from '../../src/db/demo-data';
import { applyImport } from '../../src/db/import-json';
import { closeSlaDb, openSlaDb } from '../../src/db/open-db';

export interface StorageBenchResult {
  generate100kMs: number;
  import100kMs: number;
  load10kRunsMs: number[];
  load10kEvents: number;
}

const NOW_MS = Date.UTC(2026, 2, 10, 15, 30);
const DB = 'sla-board-bench';

async function freshDb() {
  closeSlaDb(DB);
  await deleteDB(DB);
  return openSlaDb(DB);
}

async function runStorageBench(): Promise<StorageBenchResult> {
  const channel = changeChannel('sla-board-bench-changes');
  let t0 = performance.now();
  const big = generateDemoData({ seed: 7, nowMs: NOW_MS, ticketCount: 100_000 });
  const generate100kMs = performance.now() - t0;

  let db = await freshDb();
  t0 = performance.now();
  await applyImport(db, big, { existingTickets: 'replace', channel });
  const import100kMs = performance.now() - t0;

  db = await freshDb();
  const small = generateDemoData({ seed: 11, nowMs: NOW_MS, ticketCount: 10_000 });
  await applyImport(db, small, { existingTickets: 'replace', channel });
  const source = createDataSource({ dbName: DB, channel });
  const load10kRunsMs: number[] = [];
  let load10kEvents = 0;
  for (let run = 0; run < 7; run++) {
    closeSlaDb(DB);
    t0 = performance.now();
    const tickets = await source.tickets.listTickets();
    load10kRunsMs.push(performance.now() - t0);
    load10kEvents = tickets.reduce((sum, ticket) => sum + ticket.events.length, 0);
  }
  closeSlaDb(DB);
  await deleteDB(DB);
  return { generate100kMs, import100kMs, load10kRunsMs, load10kEvents };
}

declare global {
  interface Window {
    runStorageBench: () => Promise<StorageBenchResult>;
  }
}
window.runStorageBench = runStorageBench;
