import type { Clock, ClockListener } from './clock';

/** A clock that moves only when told to: for tests and stories. */
export class ManualClock implements Clock {
  private nowMs: number;
  private readonly listeners = new Set<ClockListener>();

  constructor(startMs = 0) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  subscribe(listener: ClockListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Moves time forward by `ms` milliseconds (never backward) and notifies subscribers. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`ManualClock.advance expects a finite ms >= 0, got ${String(ms)}`);
    }
    this.set(this.nowMs + ms);
  }

  /** Jumps to the instant `ms` (epoch milliseconds) and notifies subscribers. */
  set(ms: number): void {
    if (!Number.isFinite(ms)) {
      throw new RangeError(`ManualClock.set expects a finite ms, got ${String(ms)}`);
    }
    this.nowMs = ms;
    for (const listener of [...this.listeners]) listener();
  }

  /** How many listeners are subscribed (for tests). */
  get listenerCount(): number {
    return this.listeners.size;
  }
}
