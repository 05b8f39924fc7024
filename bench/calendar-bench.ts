/** Throughput of the calendar arithmetic over the seeded calendar workload. */
import { addBusinessTime, businessTimeBetween } from '../src/sla';
import type { AddCase, BetweenCase } from './calendar-workload';
import { time, type Timing } from './measure';

export const WARMUP_RUNS = 2;
export const MEASURED_RUNS = 5;

/** One pass of `addBusinessTime` over the cases; returns a checksum. */
export function addPass(cases: readonly AddCase[]): number {
  let sum = 0;
  for (const c of cases) sum += addBusinessTime(c.cal, c.start, c.ms).getTime() % 997;
  return sum;
}

/** One pass of `businessTimeBetween` over the cases; returns a checksum. */
export function betweenPass(cases: readonly BetweenCase[]): number {
  let sum = 0;
  for (const c of cases) sum += businessTimeBetween(c.cal, c.from, c.to) % 997;
  return sum;
}

export const timeAdd = (cases: readonly AddCase[]): Timing =>
  time(() => addPass(cases), WARMUP_RUNS, MEASURED_RUNS);

export const timeBetween = (cases: readonly BetweenCase[]): Timing =>
  time(() => betweenPass(cases), WARMUP_RUNS, MEASURED_RUNS);

export interface RoundTrip {
  checked: number;
  agreed: number;
  /** The first case where `businessTimeBetween(start, addBusinessTime(start, ms))` is not `ms`. */
  firstMismatch?: { c: AddCase; result: Date; between: number };
}

/** The two functions agree: the business time from a start to its due instant is the target. */
export function roundTrip(cases: readonly AddCase[]): RoundTrip {
  const out: RoundTrip = { checked: 0, agreed: 0 };
  for (const c of cases) {
    const result = addBusinessTime(c.cal, c.start, c.ms);
    const between = businessTimeBetween(c.cal, c.start, result);
    out.checked += 1;
    if (between === c.ms) out.agreed += 1;
    else out.firstMismatch ??= { c, result, between };
  }
  return out;
}

export interface SlowCase {
  c: AddCase;
  micros: number;
}

/**
 * The slowest single `addBusinessTime` cases, each timed alone (best of `repeat`), to name any
 * case whose cost stands out.
 */
export function slowestAdds(cases: readonly AddCase[], top: number, repeat = 3): SlowCase[] {
  const timed: SlowCase[] = [];
  for (const c of cases) {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < repeat; i += 1) {
      const t0 = performance.now();
      addBusinessTime(c.cal, c.start, c.ms);
      best = Math.min(best, performance.now() - t0);
    }
    timed.push({ c, micros: best * 1000 });
  }
  return timed.sort((a, b) => b.micros - a.micros).slice(0, top);
}
