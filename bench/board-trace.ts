/**
 * Reads a Chrome trace (the `devtools.timeline` categories, as the Performance panel records) for
 * the main-thread cost of the app's clock ticks. A tick is the top-level task that fires the
 * RealClock's timer: a `TimerFire` whose task also installs the next tick's timer (a single-shot
 * timeout of at most one second). React flushes the `useSyncExternalStore` update in a microtask
 * of that same task, so the task's duration covers the listener, the render and the commit. The
 * frame that follows (style, layout, paint of what changed) is a separate task: "busy per tick"
 * adds up every top-level task from one tick to the next.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface TickCosts {
  /** ms per tick: the clock's timer task (listener, React render and commit), wall time. */
  tickTaskMs: number[];
  /**
   * The same in main-thread CPU time (the trace's thread clock): what the tick costs the page,
   * without the time the thread waited for a CPU on a busy machine.
   */
  tickTaskCpuMs: number[];
  /** ms per tick: all main-thread top-level tasks from this tick to the next one. */
  busyPerTickMs: number[];
  /**
   * ms per tick by kind of work inside the timer task and the frames after it (script, layout,
   * paint; these categories record no style recalculation or garbage collection events).
   */
  breakdownMs: Record<string, number[]>;
}

const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const BREAKDOWN: Readonly<Record<string, string>> = {
  FunctionCall: 'script',
  TimerFire: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
};

/** The renderer main thread that fired the most timers: the app page's. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'TimerFire') continue;
    const key = `${e.pid}:${e.tid}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('the trace has no TimerFire event');
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid: pid ?? 0, tid: tid ?? 0 };
}

const inside = (outer: TraceEvent, e: TraceEvent) =>
  e.ts >= outer.ts && e.ts < outer.ts + (outer.dur ?? 0);

/** Self-contained sums of the breakdown kinds inside `tasks`, top-most matching events only. */
function breakdown(
  tasks: readonly TraceEvent[],
  all: readonly TraceEvent[],
): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const task of tasks) {
    let coveredUntil = -1;
    for (const e of all) {
      if (!inside(task, e) || e.ph !== 'X') continue;
      const kind = BREAKDOWN[e.name];
      if (!kind || e.ts < coveredUntil) continue;
      sums[kind] = (sums[kind] ?? 0) + (e.dur ?? 0) / 1000;
      coveredUntil = e.ts + (e.dur ?? 0);
    }
  }
  return sums;
}

export function tickCosts(events: readonly TraceEvent[]): TickCosts {
  const { pid, tid } = mainThread(events);
  const onMain = events
    .filter((e) => e.pid === pid && e.tid === tid && (e.ph === 'X' || e.ph === 'I' || e.ph === 'i'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Chromium marks a task twice (RunTask inside ThreadControllerImpl::RunTask): keep the outer.
  const tasks: TraceEvent[] = [];
  for (const e of onMain) {
    if (e.ph !== 'X' || !TOP_LEVEL.has(e.name)) continue;
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(e);
  }
  const isClockTick = (task: TraceEvent) => {
    const within = onMain.filter((e) => inside(task, e));
    const fired = within.some((e) => e.name === 'TimerFire');
    const rescheduled = within.some((e) => {
      if (e.name !== 'TimerInstall') return false;
      const data = e.args?.data ?? {};
      const timeout = Number(data.timeout);
      return data.singleShot === true && timeout > 0 && timeout <= 1000;
    });
    return fired && rescheduled;
  };
  const ticks = tasks.filter(isClockTick);
  const result: TickCosts = {
    tickTaskMs: [],
    tickTaskCpuMs: [],
    busyPerTickMs: [],
    breakdownMs: {},
  };
  for (let i = 0; i + 1 < ticks.length; i++) {
    const tick = ticks[i] as TraceEvent;
    const next = ticks[i + 1] as TraceEvent;
    const until = tasks.filter((t) => t.ts >= tick.ts && t.ts < next.ts);
    result.tickTaskMs.push((tick.dur ?? 0) / 1000);
    result.tickTaskCpuMs.push((tick.tdur ?? tick.dur ?? 0) / 1000);
    result.busyPerTickMs.push(until.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000);
    const sums = breakdown(
      until,
      onMain.filter((e) => e.ts >= tick.ts && e.ts < next.ts),
    );
    for (const kind of new Set(Object.values(BREAKDOWN))) {
      (result.breakdownMs[kind] ??= []).push(sums[kind] ?? 0);
    }
  }
  return result;
}
