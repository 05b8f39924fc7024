/**
 * Screenshots of the app as a person sees it: desktop (1280 px) and phone (360 px), English and
 * French, light and dark. Needs a running preview (`npm run preview`, after `vite build`).
 *
 *   npx tsx scripts/take-screenshots.ts [outDir] [baseUrl]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';

const outDir = process.argv[2] ?? '/tmp/shots';
const baseUrl = process.argv[3] ?? 'http://127.0.0.1:4173';

const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 780 },
] as const;
const locales = ['en', 'fr'] as const;
const themes = ['light', 'dark'] as const;

mkdirSync(join(outDir, 'slices'), { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const viewport of viewports) {
    for (const locale of locales) {
      for (const theme of themes) {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          deviceScaleFactor: viewport.name === 'phone' ? 2 : 1,
          locale,
        });
        await context.addInitScript((settings) => {
          localStorage.setItem('sla-board.settings', settings);
        }, JSON.stringify({ locale, theme }));
        const page = await context.newPage();
        await page.goto(`${baseUrl}/policy`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const base = `policy-${viewport.name}-${locale}-${theme}`;
        await page.screenshot({ path: join(outDir, `${base}-top.png`) });
        await page.screenshot({ path: join(outDir, `${base}-full.png`), fullPage: true });
        // The full page is too tall to read at once: also save it in screen-high slices.
        const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        const sliceHeight = viewport.height * 2;
        for (let y = 0, part = 1; y < pageHeight; y += sliceHeight, part += 1) {
          await page.screenshot({
            path: join(outDir, 'slices', `${base}-${String(part).padStart(2, '0')}.png`),
            fullPage: true,
            clip: {
              x: 0,
              y,
              width: viewport.width,
              height: Math.min(sliceHeight, pageHeight - y),
            },
          });
        }
        console.log(`wrote ${base}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
