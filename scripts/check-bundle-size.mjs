#!/usr/bin/env node
// Bundle budget: the gzip size of all the JavaScript and CSS the build emits. Sizes may be
// asserted (timings never are). Raise the budget only with a reason in the commit message.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = { js: 200, css: 20 };
const dir = join('dist', 'assets');
const totals = { js: 0, css: 0 };
for (const file of readdirSync(dir)) {
  const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
  if (!kind) continue;
  totals[kind] += gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1024;
}
let over = false;
for (const kind of Object.keys(BUDGET_KB)) {
  const line = `${kind}: ${totals[kind].toFixed(1)} KB gzip (budget ${BUDGET_KB[kind]} KB)`;
  if (totals[kind] > BUDGET_KB[kind]) {
    over = true;
    console.error(`over budget: ${line}`);
  } else {
    console.log(line);
  }
}
process.exit(over ? 1 : 0);
