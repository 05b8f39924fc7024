import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { formatCsvCell } from './csv-export';
import { generateDemoData } from './demo-data';
import { serializeExport } from './export-format';
import { parseExport } from './import-json';
import type { SettingsRecord } from './records';

const FORMULA_START = ['=', '+', '-', '@', '\t', '\r', '\n'];

/** A cell as a spreadsheet reads it: RFC 4180 quotes removed. */
function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
}

describe('export → parse', () => {
  test.prop(
    {
      seed: fc.integer(),
      // 2020-01-01 … 2030-01-01
      nowMs: fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 }),
      ticketCount: fc.integer({ min: 0, max: 40 }),
      language: fc.constantFrom<SettingsRecord['language']>('en', 'fr'),
      p1Phone: fc.string(),
    },
    { numRuns: 60 },
  )('is the identity on generated data', ({ seed, nowMs, ticketCount, language, p1Phone }) => {
    const data = generateDemoData({ seed, nowMs, ticketCount });
    const settings: SettingsRecord = {
      id: 'settings',
      language,
      theme: 'dark',
      p1Phone,
      activePolicyId: 'default',
    };
    const file = { exportedAt: nowMs, settings, policies: [], ...data };
    expect(parseExport(serializeExport(file))).toEqual({ ok: true, value: file });
  });
});

describe('the CSV neutraliser', () => {
  const formulaish = fc.tuple(fc.constantFrom(...FORMULA_START, '', ' ', '"'), fc.string());

  test.prop([
    fc.oneof(
      fc.string(),
      formulaish.map(([start, rest]) => start + rest),
    ),
  ])('never emits a text cell that starts with a formula character', (text) => {
    const cell = unquote(formatCsvCell(text));
    expect(FORMULA_START.some((start) => cell.startsWith(start))).toBe(false);
    // Nothing is lost: the text is the cell, or the cell after its `'`.
    expect([text, `'${text}`]).toContain(cell);
  });

  test.prop([fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))])(
    'writes numbers so they read back as the same number',
    (value) => {
      expect(Number(formatCsvCell(value))).toBe(value === 0 ? 0 : value);
    },
  );
});
