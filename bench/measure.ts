/** Timing helpers of the benchmark: `performance.now()`, warm-up runs, the median of the rest. */

export interface Timing {
  /** Milliseconds of each measured run. */
  runs: number[];
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs `run` `warmup` times untimed, then `runs` times timed. `run` returns a checksum, folded
 * into `checksum` so that no work can be optimised away.
 */
export function time(run: () => number, warmup: number, runs: number): Timing {
  for (let i = 0; i < warmup; i += 1) fold(run());
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const sum = run();
    times.push(performance.now() - t0);
    fold(sum);
  }
  return { runs: times, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

let sink = 0;
function fold(value: number): void {
  sink = (sink + (value % 1_000_003)) % 1_000_003;
}
/** The folded checksums of every run; printed so the work is observable. */
export const checksum = (): number => sink;

/** Operations per second from a count and milliseconds. */
export const perSecond = (count: number, ms: number): number => (count * 1000) / ms;

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/** 1234567 → "1,234,567". */
export const int = (n: number): string => grouped.format(Math.round(n));
/** A figure with one decimal below 100, none above. */
export const fig = (n: number): string => (Math.abs(n) < 100 ? n.toFixed(1) : int(n));
/** A ratio: one decimal below 100, an integer above. */
export const ratio = (n: number): string => (n < 100 ? n.toFixed(1) : String(Math.round(n)));
/** Left-pads a cell. */
export const cell = (text: string, width: number): string => text.padStart(width);
