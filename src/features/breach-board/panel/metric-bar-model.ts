import type { LedgerEntry, LedgerKind } from '../../../sla';

/** One drawn stretch of a metric's bar, in per cent of the bar's width. */
export interface BarPiece {
  kind: LedgerKind | 'overdue';
  startPct: number;
  widthPct: number;
}

/** Where things sit on a metric's bar, from its target's start to its due instant (or later). */
export interface MetricBarModel {
  startMs: number;
  dueMs: number;
  /** The ledger's stretches, then the overdue stretch (past the due instant), if any. */
  pieces: BarPiece[];
  /** From the start to `markerMs`, capped at the bar's end. */
  elapsedPct: number;
  duePct: number;
  /** Wall share of start → due that has passed at `markerMs`, 0–1 (may exceed 1 when late). */
  elapsedShare: number;
}

/**
 * Lays out the ledger `explainTicket` returns on a bar that runs from the target's start to its
 * due instant, stretched to `markerMs` (now, or when the metric was met) if that is later. Only
 * positions: every instant comes from the ledger.
 */
export function metricBarModel(
  ledger: readonly LedgerEntry[],
  markerMs: number,
): MetricBarModel | null {
  const first = ledger[0];
  const last = ledger[ledger.length - 1];
  if (!first || !last) return null;
  const startMs = first.from.getTime();
  const dueMs = last.to.getTime();
  const endMs = Math.max(dueMs, markerMs);
  const spanMs = endMs - startMs;
  const pct = (ms: number) => (spanMs <= 0 ? 100 : ((ms - startMs) / spanMs) * 100);
  const pieces: BarPiece[] = ledger.map((entry) => ({
    kind: entry.kind,
    startPct: pct(entry.from.getTime()),
    widthPct: pct(entry.to.getTime()) - pct(entry.from.getTime()),
  }));
  if (markerMs > dueMs) {
    pieces.push({ kind: 'overdue', startPct: pct(dueMs), widthPct: 100 - pct(dueMs) });
  }
  const clamped = Math.min(Math.max(markerMs, startMs), endMs);
  return {
    startMs,
    dueMs,
    pieces,
    elapsedPct: pct(clamped),
    duePct: pct(dueMs),
    elapsedShare: dueMs > startMs ? Math.max(0, markerMs - startMs) / (dueMs - startMs) : 1,
  };
}
