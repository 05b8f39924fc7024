/**
 * `npm run bench`: throughput of the SLA module's calendar arithmetic and engine on seeded
 * workloads, against moment-business-time where it can do the same. Prints; asserts nothing.
 * The last line is the summary: `bench: addBusinessTime <N>x moment-business-time;
 * evaluateTicket 10000 tickets <N> ms; board 10000 open: rendered <N> ms (<N>x aim), tick median
 * <N> ms (<N>x aim), p95 <N> ms`. See docs/benchmarks.md.
 */
import './force-utc';
import os from 'node:os';
import { generateTicketWorkload, TICKET_WORKLOAD_SEED } from '../test/fixtures/ticket-workload';
import {
  MEASURED_RUNS,
  WARMUP_RUNS,
  roundTrip,
  slowestAdds,
  timeAdd,
  timeBetween,
} from './calendar-bench';
import {
  CALENDAR_SEED,
  ZONES,
  msToBusinessDays,
  generateCalendarWorkload,
  type AddCase,
} from './calendar-workload';
import {
  ENGINE_MEASURED_RUNS,
  ENGINE_WARMUP_RUNS,
  slowestTickets,
  stateCounts,
  timeEvaluate,
} from './engine-bench';
import { cell, checksum, fig, int, perSecond, ratio, type Timing } from './measure';
import { MOMENT_MEASURED_RUNS, MOMENT_WARMUP_RUNS, compareWithMoment } from './moment-compare';
import { runBrowserBench } from './browser-bench';
import { AIM_BOARD_MS, AIM_TICK_MEDIAN_MS, BOARD_TICKETS, runBoardBench } from './board-bench';

const CASES = 10_000;
const TICKETS = 10_000;

const log = (line = ''): void => console.log(line);
const micros = (t: Timing, count: number): string => `${fig((t.median * 1000) / count)} µs/op`;
const spread = (t: Timing): string => `min ${fig(t.min)}, max ${fig(t.max)} ms`;

function describe(c: AddCase): string {
  const days = msToBusinessDays(c.ms);
  return `${c.cal.timeZone} ${c.shape}, start ${c.start.toISOString()}, + ${c.ms / 60_000} min (${days.toFixed(1)} business days)`;
}

async function main(): Promise<number> {
  const cpus = os.cpus();
  log(
    `SLA Board bench — Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, process TZ=${process.env.TZ ?? ''}`,
  );

  const calendarWorkload = generateCalendarWorkload(CASES, CALENDAR_SEED);
  const { now, tickets } = generateTicketWorkload({ count: TICKETS, seed: TICKET_WORKLOAD_SEED });
  log(
    `workload: ${int(CASES)} calendar cases (seed ${CALENDAR_SEED}; ${ZONES.length} zones × 4 calendar shapes; starts 2025–2026, 20% within 4 days of a DST change; targets 0–30 business days)`,
  );
  log(
    `          ${int(TICKETS)} open tickets (seed ${TICKET_WORKLOAD_SEED}; defaultPolicy; now ${now.toISOString()})`,
  );
  log(
    `timing:   median of ${MEASURED_RUNS} passes after ${WARMUP_RUNS} warm-up passes unless said`,
  );
  log();

  // Calendar arithmetic over the varied cases.
  const add = timeAdd(calendarWorkload.add);
  const between = timeBetween(calendarWorkload.between);
  log(`calendar arithmetic, ${int(CASES)} varied cases per pass`);
  log(
    `  addBusinessTime      ${cell(int(perSecond(CASES, add.median)), 12)} ops/s  ${cell(micros(add, CASES), 14)}  (${spread(add)} per pass)`,
  );
  log(
    `  businessTimeBetween  ${cell(int(perSecond(CASES, between.median)), 12)} ops/s  ${cell(micros(between, CASES), 14)}  (${spread(between)} per pass)`,
  );
  const trip = roundTrip(calendarWorkload.add);
  log(
    `  round trip: businessTimeBetween(start, addBusinessTime(start, ms)) === ms on ${int(trip.agreed)} of ${int(trip.checked)}`,
  );
  if (trip.firstMismatch) {
    const m = trip.firstMismatch;
    log(
      `    e.g. ${describe(m.c)} → ${m.result.toISOString()}, between gives ${m.between / 60_000} min`,
    );
  }
  const slow = slowestAdds(calendarWorkload.add, 3);
  log(
    `  slowest single addBusinessTime cases: ${slow.map((s) => `${fig(s.micros)} µs`).join(', ')}`,
  );
  const slowest = slow[0];
  if (slowest) log(`    slowest: ${describe(slowest.c)}`);
  log();

  // Cost against target length.
  const shortCount = calendarWorkload.short.length;
  const short = timeAdd(calendarWorkload.short);
  const long = timeAdd(calendarWorkload.long);
  const shortMean = calendarWorkload.short.reduce((s, c) => s + c.ms, 0) / Math.max(1, shortCount);
  const longMean = calendarWorkload.long.reduce((s, c) => s + c.ms, 0) / Math.max(1, shortCount);
  log(
    `addBusinessTime cost against target length, ${int(shortCount)} cases each (same calendars and starts)`,
  );
  log(
    `  targets ≤ 1 business day     ${cell(int(perSecond(shortCount, short.median)), 12)} ops/s  ${cell(micros(short, shortCount), 14)}`,
  );
  log(
    `  targets 20–30 business days  ${cell(int(perSecond(shortCount, long.median)), 12)} ops/s  ${cell(micros(long, shortCount), 14)}`,
  );
  log(
    `  long/short: targets ${ratio(longMean / shortMean)}x longer on average, cost per op ${ratio(long.median / short.median)}x`,
  );
  log();

  // moment-business-time on the cases it can express.
  const groups = compareWithMoment(calendarWorkload.add);
  const compared = groups.reduce((s, g) => s + g.count, 0);
  const agreed = groups.reduce((s, g) => s + g.agreed, 0);
  const oursMs = groups.reduce((s, g) => s + g.ours.median, 0);
  const theirsMs = groups.reduce((s, g) => s + g.theirs.median, 0);
  const oursOps = perSecond(compared, oursMs);
  const theirsOps = perSecond(compared, theirsMs);
  const momentRatio = oursOps / theirsOps;
  log(
    `addBusinessTime vs moment-business-time addWorkingTime: the same starts and targets on a UTC calendar (${int(compared)} cases, targets > 0; moment: median of ${MOMENT_MEASURED_RUNS} passes, warmed up by ${MOMENT_WARMUP_RUNS + 1} untimed pass)`,
  );
  log(`  calendar                      cases    ours ops/s  moment ops/s    ratio`);
  const row = (name: string, count: number, ours: number, theirs: number): string =>
    `  ${name.padEnd(26)} ${cell(int(count), 8)} ${cell(int(ours), 13)} ${cell(int(theirs), 13)} ${cell(`${ratio(ours / theirs)}x`, 8)}`;
  for (const g of groups) {
    log(
      row(g.name, g.count, perSecond(g.count, g.ours.median), perSecond(g.count, g.theirs.median)),
    );
  }
  log(row('all', compared, oursOps, theirsOps));
  log(`  same result instant: ${int(agreed)} of ${int(compared)} agreed`);
  for (const g of groups) {
    const d = g.firstDisagreement;
    if (d) {
      log(
        `    e.g. ${g.name}: ${describe(d.c)} → ours ${d.ours.toISOString()}, moment ${d.theirs.toISOString()}`,
      );
    }
  }
  log();

  // The engine.
  const engine = timeEvaluate(tickets, now);
  const events = tickets.reduce((s, t) => s + t.events.length, 0);
  log(
    `evaluateTicket, ${int(TICKETS)} open tickets (${fig(events / TICKETS)} events each on average), median of ${ENGINE_MEASURED_RUNS} after ${ENGINE_WARMUP_RUNS} warm-up`,
  );
  log(
    `  ${int(TICKETS)} tickets  ${cell(fig(engine.median), 8)} ms  (${spread(engine)})  ${cell(int(perSecond(TICKETS, engine.median)), 12)} tickets/s`,
  );
  const states = stateCounts(tickets, now);
  log(
    `  metric states: ${Object.entries(states)
      .map(([state, n]) => `${state} ${int(n)}`)
      .join(', ')}`,
  );
  const slowTickets = slowestTickets(tickets, now, 3);
  log(`  slowest single tickets: ${slowTickets.map((s) => `${fig(s.micros)} µs`).join(', ')}`);
  const worst = slowTickets[0];
  if (worst) {
    const t = worst.ticket;
    log(
      `    slowest: ${t.tier} ${t.priority} ${t.region}, created ${t.createdAt.toISOString()}, events ${t.events.map((e) => e.type).join(' ') || 'none'}`,
    );
  }
  log(`  (checksum ${checksum()})`);
  log();

  // Storage, in the browser (issue #3's figures).
  try {
    const storage = await runBrowserBench();
    for (const line of storage.lines) log(line);
  } catch (error) {
    log(
      `IndexedDB in Chromium: not measured — ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  log();

  // The breach board, in the browser (issue #4's figures).
  let boardSummary = 'board not measured';
  try {
    const board = await runBoardBench();
    for (const line of board.lines) log(line);
    boardSummary =
      `board ${String(BOARD_TICKETS)} open: rendered ${board.boardMedianMs.toFixed(0)} ms (${(board.boardMedianMs / AIM_BOARD_MS).toFixed(2)}x aim), ` +
      `tick median ${board.tickMedianMs.toFixed(1)} ms (${(board.tickMedianMs / AIM_TICK_MEDIAN_MS).toFixed(2)}x aim), p95 ${board.tickP95Ms.toFixed(1)} ms`;
  } catch (error) {
    log(
      `Breach board in Chromium: not measured — ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  log();

  log(
    `bench: addBusinessTime ${ratio(momentRatio)}x moment-business-time; evaluateTicket ${TICKETS} tickets ${engine.median.toFixed(1)} ms; ${boardSummary}`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    console.log(`bench: failed — ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
