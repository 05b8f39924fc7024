import type { Clock, ClockListener } from './clock';

const SECOND_MS = 1000;

/** What the real clock needs from its environment; injectable for tests. */
export interface RealClockEnvironment {
  now: () => number;
  setTimeout: (callback: () => void, delayMs: number) => number;
  clearTimeout: (handle: number) => void;
  /** Absent outside a browser: then no visibility handling. */
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

const browserEnvironment = (): RealClockEnvironment => ({
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => window.setTimeout(callback, delayMs),
  clearTimeout: (handle) => {
    window.clearTimeout(handle);
  },
  document: typeof document === 'undefined' ? undefined : document,
});

/**
 * Wall-clock time, ticking once per whole second while anyone listens.
 *
 * It owns the app's only timer: started by the first subscriber, stopped when the last one leaves.
 * Each tick is re-aligned to the next whole second, so ticks do not drift. Background tabs
 * throttle timers, so when the page becomes visible again it emits at once.
 */
export class RealClock implements Clock {
  private readonly listeners = new Set<ClockListener>();
  private timer: number | undefined;
  private readonly env: RealClockEnvironment;

  constructor(env: RealClockEnvironment = browserEnvironment()) {
    this.env = env;
  }

  now(): number {
    return this.env.now();
  }

  subscribe(listener: ClockListener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Whether the timer is running (for tests). */
  get isRunning(): boolean {
    return this.timer !== undefined;
  }

  private readonly onVisibilityChange = (): void => {
    if (this.env.document?.visibilityState !== 'visible') return;
    this.emit();
    this.schedule();
  };

  private start(): void {
    this.env.document?.addEventListener('visibilitychange', this.onVisibilityChange);
    this.schedule();
  }

  private stop(): void {
    this.env.document?.removeEventListener('visibilitychange', this.onVisibilityChange);
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    const delayMs = SECOND_MS - (this.env.now() % SECOND_MS);
    this.timer = this.env.setTimeout(() => {
      this.timer = undefined;
      this.emit();
      if (this.listeners.size > 0) this.schedule();
    }, delayMs);
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
