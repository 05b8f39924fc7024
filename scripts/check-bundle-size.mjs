#!/usr/bin/env node
// Bundle budget, in gzip KB (level 9). Sizes may be asserted (timings never are). Raise a budget
// only with a reason in the commit message.
//   initial JS: what the browser must fetch before the first screen (the start page, the board)
//     can render: the entry script of index.html and everything it imports statically
//     (transitively), i.e. the entry and its modulepreloaded chunks. Lazy screens are not in it.
//   largest chunk: the biggest single JS file, so no screen ships one oversized chunk.
//   all JS, CSS: everything the build emits, every screen included.
// Usage: node scripts/check-bundle-size.mjs [outDir]   (default dist)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = { initialJs: 185, largestChunk: 160, allJs: 250, css: 14 };

const outDir = process.argv[2] ?? 'dist';
const assets = join(outDir, 'assets');
const gzipKb = (file) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length / 1024;

const files = readdirSync(assets);
const jsFiles = files.filter((file) => file.endsWith('.js'));
const sizes = new Map(jsFiles.map((file) => [file, gzipKb(file)]));

/** The entry script(s) index.html loads, by file name in assets/. */
function entryScripts() {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="[^"]*\/assets\/([^"]+\.js)"/g),
  ];
  if (entries.length === 0) throw new Error(`no module script in ${join(outDir, 'index.html')}`);
  return entries.map((match) => match[1]);
}

/** Chunks a chunk imports statically: `import … from"./x.js"` or `import"./x.js"`, not `import()`. */
function staticImports(file) {
  const code = readFileSync(join(assets, file), 'utf8');
  const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g);
  return [...found].map((match) => match[1]);
}

const initial = new Set();
const queue = entryScripts();
while (queue.length > 0) {
  const file = queue.pop();
  if (initial.has(file) || !sizes.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}

const sum = (list) => list.reduce((total, file) => total + (sizes.get(file) ?? 0), 0);
const [largestFile, largestKb] = [...sizes].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
const measured = {
  initialJs: sum([...initial]),
  largestChunk: largestKb,
  allJs: sum(jsFiles),
  css: files
    .filter((file) => file.endsWith('.css'))
    .reduce((total, file) => total + gzipKb(file), 0),
};
const notes = {
  initialJs: `${initial.size} files: ${[...initial].join(', ')}`,
  largestChunk: largestFile,
  allJs: `${jsFiles.length} files`,
  css: '',
};

let over = false;
for (const [kind, budget] of Object.entries(BUDGET_KB)) {
  const note = notes[kind] ? ` — ${notes[kind]}` : '';
  const line = `${kind}: ${measured[kind].toFixed(1)} KB gzip (budget ${budget} KB)${note}`;
  if (measured[kind] > budget) {
    over = true;
    console.error(`over budget: ${line}`);
  } else {
    console.log(line);
  }
}
process.exit(over ? 1 : 0);
