import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../sla';
import { metricBarModel } from './metric-bar-model';

const H = 3_600_000;
const T = Date.parse('2026-03-06T15:00:00Z');
const entry = (kind: LedgerEntry['kind'], fromH: number, toH: number): LedgerEntry => ({
  kind,
  from: new Date(T + fromH * H),
  to: new Date(T + toH * H),
  ms: (toH - fromH) * H,
});
const ledger = [entry('counted', 0, 1), entry('paused', 1, 3), entry('counted', 3, 4)];

describe('metricBarModel', () => {
  it('lays the ledger out from the start to the due instant', () => {
    const model = metricBarModel(ledger, T + 2 * H);
    expect(model?.pieces).toEqual([
      { kind: 'counted', startPct: 0, widthPct: 25 },
      { kind: 'paused', startPct: 25, widthPct: 50 },
      { kind: 'counted', startPct: 75, widthPct: 25 },
    ]);
    expect(model?.elapsedPct).toBe(50);
    expect(model?.duePct).toBe(100);
    expect(model?.elapsedShare).toBe(0.5);
  });

  it('stretches the bar past the due instant with an overdue part', () => {
    const model = metricBarModel(ledger, T + 8 * H);
    expect(model?.duePct).toBe(50);
    expect(model?.pieces.at(-1)).toEqual({ kind: 'overdue', startPct: 50, widthPct: 50 });
    expect(model?.elapsedPct).toBe(100);
    expect(model?.elapsedShare).toBe(2);
  });

  it('has no bar without a ledger', () => {
    expect(metricBarModel([], T)).toBeNull();
  });
});
