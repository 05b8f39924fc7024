/** Throughput of `evaluateTicket` over the seeded ticket workload (test/fixtures). */
import { defaultPolicy, evaluateTicket, type MetricState, type TicketFacts } from '../src/sla';
import { time, type Timing } from './measure';

export const ENGINE_WARMUP_RUNS = 3;
export const ENGINE_MEASURED_RUNS = 9;

/** One board refresh: every ticket evaluated once; returns a checksum. */
export function evaluatePass(tickets: readonly TicketFacts[], now: Date): number {
  let sum = 0;
  for (const ticket of tickets) {
    const statuses = evaluateTicket(ticket, defaultPolicy, now);
    for (const s of statuses) sum += (s.dueAt?.getTime() ?? 0) % 997;
  }
  return sum;
}

export const timeEvaluate = (tickets: readonly TicketFacts[], now: Date): Timing =>
  time(() => evaluatePass(tickets, now), ENGINE_WARMUP_RUNS, ENGINE_MEASURED_RUNS);

/** How many metric statuses of the workload are in each state: shows what the workload covers. */
export function stateCounts(
  tickets: readonly TicketFacts[],
  now: Date,
): Record<MetricState, number> {
  const counts: Record<MetricState, number> = {
    running: 0,
    'at-risk': 0,
    paused: 0,
    met: 0,
    breached: 0,
    none: 0,
  };
  for (const ticket of tickets) {
    for (const s of evaluateTicket(ticket, defaultPolicy, now)) counts[s.state] += 1;
  }
  return counts;
}

export interface SlowTicket {
  ticket: TicketFacts;
  micros: number;
}

/** The slowest single tickets, each timed alone (best of `repeat`). */
export function slowestTickets(
  tickets: readonly TicketFacts[],
  now: Date,
  top: number,
  repeat = 3,
): SlowTicket[] {
  const timed: SlowTicket[] = [];
  for (const ticket of tickets) {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < repeat; i += 1) {
      const t0 = performance.now();
      evaluateTicket(ticket, defaultPolicy, now);
      best = Math.min(best, performance.now() - t0);
    }
    timed.push({ ticket, micros: best * 1000 });
  }
  return timed.sort((a, b) => b.micros - a.micros).slice(0, top);
}
