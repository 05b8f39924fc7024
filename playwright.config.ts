import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './test/e2e/chromium';

/**
 * `E2E_PORT` and `E2E_DIST` let several people (or agents) run browser tests side by side, each
 * on their own build (`npx vite build --outDir <dir>`) and port. Defaults: dist on 4173.
 */
const port = Number(process.env.E2E_PORT ?? '4173');
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'list',
  use: { baseURL: `http://127.0.0.1:${String(port)}`, trace: 'off' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${String(port)} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${String(port)}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
