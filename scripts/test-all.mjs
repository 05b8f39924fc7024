#!/usr/bin/env node
// `npm test`: everything, in order: typecheck, lint + format, unit tests (twice: in UTC
// and in Pacific/Apia, so no test leans on the local zone), build, browser tests.
// Each runner ends with a plain line CI reads: `unit: N passed, N failed` / `e2e: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'sla-board-tests-'));
const bin = (name) => join('node_modules', '.bin', name);
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

run('typecheck (app, tests, tooling)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run('typecheck (src/sla without DOM or Node)', bin('tsc'), [
  '--noEmit',
  '-p',
  'src/sla/tsconfig.json',
]);
run('lint', bin('eslint'), ['.', '--max-warnings=0']);
run('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);

let unitPassed = 0;
let unitFailed = 0;
for (const zone of ['UTC', 'Pacific/Apia']) {
  const out = join(reports, `unit-${zone.replace('/', '-') || 'local'}.json`);
  run(
    `unit tests (TZ=${zone || 'machine default'})`,
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    zone ? { TZ: zone } : {},
  );
  const report = readJson(out);
  unitPassed += report?.numPassedTests ?? 0;
  unitFailed += report ? report.numFailedTests : 1;
}
console.log(`unit: ${unitPassed} passed, ${unitFailed} failed`);

const chromium = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nChromium not found at ${chromium}: browser tests cannot run.\n` +
      `Fix: sudo apt-get install -y --no-install-recommends chromium, or set CHROME_PATH.`,
  );
  failures.push('browser tests (no Chromium)');
  console.log('e2e: 0 passed, 1 failed');
} else if (run('build', bin('vite'), ['build', '--logLevel', 'warn'])) {
  run('bundle budget', process.execPath, ['scripts/check-bundle-size.mjs']);
  const out = join(reports, 'e2e.json');
  run('browser tests (Playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: out,
  });
  const stats = readJson(out)?.stats;
  console.log(
    `e2e: ${stats ? stats.expected + stats.flaky : 0} passed, ${stats ? stats.unexpected : 1} failed`,
  );
} else {
  console.log('e2e: 0 passed, 1 failed');
}

rmSync(reports, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`\n✗ failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\n✓ all checks passed');
