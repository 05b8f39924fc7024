/**
 * `BENCH_BOARD_PROFILE=1 npm run bench`: where a tick's script time goes. Samples the page's
 * JavaScript with the CDP Profiler over a few ticks (the app built without minification, so
 * function names stay readable) and returns the functions with the most self time.
 */
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export async function profileTicks(page: Page, seconds: number, top: number): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(seconds * 1000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.detach();

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] ?? -1);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const file = url.split('/').pop() ?? url;
    const key = `${functionName || '(anonymous)'} ${file}:${String(lineNumber + 1)}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const total = [...selfMs.values()].reduce((sum, value) => sum + value, 0);
  const ticks = seconds;
  return [
    `  profile: ${(total / ticks).toFixed(2)} ms of JavaScript per second over ${String(seconds)} s; most self time (ms per tick):`,
    ...[...selfMs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, value]) => `    ${(value / ticks).toFixed(2).padStart(6)}  ${key}`),
  ];
}
