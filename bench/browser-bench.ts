/**
 * Storage figures measured in Chromium: importing 100,000 tickets in one transaction and loading
 * 10,000 tickets with their events from IndexedDB into the app's data. Serves bench/browser with
 * Vite's dev server, drives Debian's Chromium with playwright-core, and returns printable lines.
 */
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import type { StorageBenchResult } from './browser/storage-bench-page';

export interface BrowserBench {
  lines: string[];
  load10kMedianMs: number;
  import100kMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Opens the bench page and runs it. Vite may reload the page once while it optimises
 * dependencies on first sight, which destroys the page's context: then run it again.
 */
async function runInPage(page: Page, url: string): Promise<StorageBenchResult> {
  await page.goto(url);
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForFunction(() => typeof window.runStorageBench === 'function');
      return await page.evaluate(() => window.runStorageBench());
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('context was destroyed')) throw error;
      await page.waitForLoadState('load');
    }
  }
}

export async function runBrowserBench(): Promise<BrowserBench> {
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 4180, strictPort: false },
  });
  await server.listen();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4180/';
    const page = await browser.newPage();
    const result = await runInPage(page, new URL('bench/browser/index.html', url).href);
    const version = browser.version();
    const load = median(result.load10kRunsMs);
    return {
      load10kMedianMs: load,
      import100kMs: result.import100kMs,
      lines: [
        `IndexedDB in Chromium ${version} (the app's src/db code, real IndexedDB)`,
        `  import 100,000 tickets in one transaction   ${(result.import100kMs / 1000).toFixed(2)} s  (aim < 15 s; generating them took ${(result.generate100kMs / 1000).toFixed(2)} s, not counted)`,
        `  load 10,000 tickets with ${result.load10kEvents.toLocaleString('en')} events   ${load.toFixed(0)} ms median of ${result.load10kRunsMs.length} cold opens  (aim < 300 ms; min ${Math.min(...result.load10kRunsMs).toFixed(0)}, max ${Math.max(...result.load10kRunsMs).toFixed(0)})`,
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
