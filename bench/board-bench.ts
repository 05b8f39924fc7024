/**
 * The breach board in Chromium with 10,000 open tickets (issue #4): the time from opening /board
 * to its first rows on screen, and the main-thread time of each clock tick. Builds the app (and,
 * beside it, a seeding page) into a temporary folder, serves it with `vite preview`, seeds the
 * app's own IndexedDB with seeded demo data (open tickets only), then measures with Debian's
 * Chromium through playwright-core: an init script (bench code, not app code) for the load, Chrome
 * tracing over CDP for the ticks (bench/board-trace.ts). Prints; asserts nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import type { BoardSeedResult } from './browser/board-seed-page';
import { profileTicks } from './board-profile';
import { tickCosts, type TraceEvent } from './board-trace';

export const BOARD_TICKETS = 10_000;
export const BOARD_SEED = 4;
const LOADS = 7;
const TICKS = Number(process.env.BENCH_TICKS ?? '65');
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
];
/** The aims of issue #4. */
export const AIM_TICK_MEDIAN_MS = 4;
export const AIM_BOARD_MS = 1000;

export interface BoardBench {
  lines: string[];
  boardMedianMs: number;
  tickMedianMs: number;
  tickP95Ms: number;
}

interface BoardRendered {
  domMs: number;
  paintMs: number;
}

declare global {
  interface Window {
    boardRendered?: BoardRendered;
  }
}

/**
 * Runs before the app's scripts on every load: notes when the first board row enters the DOM
 * (performance.now(), so from the navigation's start) and when the frame that shows it has been
 * produced (a requestAnimationFrame, then a message: the first moment after that frame).
 */
function watchFirstRows(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('li[aria-posinset]')) return;
    observer.disconnect();
    const domMs = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.boardRendered = { domMs, paintMs: performance.now() };
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const median = (values: readonly number[]) => quantile(values, 0.5);

const PROFILE = process.env.BENCH_BOARD_PROFILE === '1';

/**
 * Builds for production. Vite takes React's development or production build from
 * `process.env.NODE_ENV` when it is set, and the storage bench's dev server, earlier in the same
 * process, sets it to 'development': a board on development React ticks several times slower.
 */
async function buildApp(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildBundles(outDir);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

async function buildBundles(outDir: string): Promise<void> {
  const minify = !PROFILE;
  await build({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, minify },
  });
  await build({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'error',
    build: {
      outDir,
      minify,
      emptyOutDir: false,
      rollupOptions: { input: 'bench/browser/board-seed.html' },
    },
  });
}

async function loadBoard(page: Page, reload: boolean): Promise<BoardRendered> {
  if (reload) await page.reload();
  const handle = await page.waitForFunction(() => window.boardRendered, undefined, {
    timeout: 60_000,
  });
  return (await handle.jsonValue()) as BoardRendered;
}

async function traceTicks(page: Page, ticks: number): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => {
    cdp.once('Tracing.tracingComplete', () => {
      resolve();
    });
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  // One more second than ticks, so the last tick has a next one to end its window.
  await page.waitForTimeout((ticks + 1.5) * 1000);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const vsAim = (value: number, aim: number) =>
  `${(value / aim).toFixed(2)}× the aim of ${aim.toLocaleString('en')} ms`;

export async function runBoardBench(): Promise<BoardBench> {
  const outDir = mkdtempSync(join(tmpdir(), 'sla-board-bench-'));
  const server = await (async () => {
    await buildApp(outDir);
    return preview({
      configFile: 'vite.config.ts',
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 4181, strictPort: false },
    });
  })();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const origin = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4181/';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(watchFirstRows);
    const page = await context.newPage();

    await page.goto(new URL('bench/browser/board-seed.html', origin).href);
    await page.waitForFunction(() => typeof window.seedBoard === 'function');
    const nowMs = Date.now();
    const seeded: BoardSeedResult = await page.evaluate(
      ([count, seed, now]) => window.seedBoard(count, seed, now),
      [BOARD_TICKETS, BOARD_SEED, nowMs] as const,
    );

    await page.goto(new URL('board', origin).href);
    const loads: BoardRendered[] = [await loadBoard(page, false)];
    for (let i = 1; i < LOADS; i++) loads.push(await loadBoard(page, true));
    const firstLoad = loads[0] as BoardRendered;
    const warmPaint = loads.slice(1).map((load) => load.paintMs);
    const allPaint = loads.map((load) => load.paintMs);
    const boardMedianMs = median(allPaint);
    const rows = await page.locator('li[aria-posinset]').count();

    await page.waitForTimeout(2000); // let the load's work (forecasts, measuring rows) settle
    const trace = await traceTicks(page, TICKS);
    const traceOut = process.env.BENCH_TRACE_OUT;
    if (traceOut) writeFileSync(traceOut, JSON.stringify({ traceEvents: trace }));
    const costs = tickCosts(trace);
    const tickMedianMs = median(costs.tickTaskCpuMs);
    const tickP95Ms = quantile(costs.tickTaskCpuMs, 0.95);
    const wallMedian = median(costs.tickTaskMs);
    const wallP95 = quantile(costs.tickTaskMs, 0.95);
    const busyMedian = median(costs.busyPerTickMs);
    const busyP95 = quantile(costs.busyPerTickMs, 0.95);
    const parts = Object.entries(costs.breakdownMs)
      .map(([kind, values]) => `${kind} ${ms(median(values))}`)
      .join(', ');

    const profile = PROFILE ? await profileTicks(page, 10, 15) : [];

    return {
      boardMedianMs,
      tickMedianMs,
      tickP95Ms,
      lines: [
        `Breach board in Chromium ${browser.version()} (production build, vite preview, 1280×900)`,
        `  store: ${seeded.openTickets.toLocaleString('en')} open tickets with ${seeded.events.toLocaleString('en')} events, ${seeded.accounts} accounts (demo data seed ${BOARD_SEED}, resolved ones left out; now = the run's start)`,
        `  open /board → first rows painted   ${ms(boardMedianMs)} median of ${loads.length} loads  (${vsAim(boardMedianMs, AIM_BOARD_MS)}; min ${ms(Math.min(...allPaint))}, max ${ms(Math.max(...allPaint))}; first load ${ms(firstLoad.paintMs)}, reloads median ${ms(median(warmPaint))}; rows in the DOM at ${ms(median(loads.map((l) => l.domMs)))}; ${rows} rows drawn)`,
        `  main-thread time per tick (CPU)    median ${ms(tickMedianMs)}, p95 ${ms(tickP95Ms)} over ${String(costs.tickTaskCpuMs.length)} ticks  (median ${vsAim(tickMedianMs, AIM_TICK_MEDIAN_MS)}; max ${ms(Math.max(...costs.tickTaskCpuMs))})`,
        `    the same in wall time            median ${ms(wallMedian)}, p95 ${ms(wallP95)}  (includes waiting for a CPU when the machine is busy)`,
        `  main thread busy per tick, incl. the frame it paints (wall)   median ${ms(busyMedian)}, p95 ${ms(busyP95)}  (${parts})`,
        ...profile,
      ],
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => {
      server.httpServer.close(() => {
        resolve();
      });
    });
    rmSync(outDir, { recursive: true, force: true });
  }
}
