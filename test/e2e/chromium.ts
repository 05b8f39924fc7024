import { existsSync } from 'node:fs';

/** Flags that let Debian's Chromium run headless as root on a machine with a closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium the browser tests drive: `$CHROME_PATH`, `$CHROMIUM_PATH`, or Debian's
 * `/usr/bin/chromium`. Playwright never downloads a browser here, so a missing one is a set-up
 * problem with a one-line fix, and we say so.
 */
export function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. Install Debian's package ` +
        `(sudo apt-get install -y --no-install-recommends chromium) ` +
        `or set CHROME_PATH to a Chromium binary.`,
    );
  }
  return candidate;
}
