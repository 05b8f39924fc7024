import { describe, expect, it, vi } from 'vitest';
import { RealClock, type RealClockEnvironment } from './real-clock';

/** A hand-driven scheduler and document, so the test controls time without faking globals. */
function fakeEnvironment(startMs: number) {
  let nowMs = startMs;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const visibilityListeners = new Set<() => void>();
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_type: string, listener: () => void) => {
      visibilityListeners.add(listener);
    },
    removeEventListener: (_type: string, listener: () => void) => {
      visibilityListeners.delete(listener);
    },
  };
  const env: RealClockEnvironment = {
    now: () => nowMs,
    setTimeout: (callback, delayMs) => {
      const handle = nextHandle++;
      timers.set(handle, { at: nowMs + delayMs, callback });
      return handle;
    },
    clearTimeout: (handle) => {
      timers.delete(handle);
    },
    document: doc as unknown as RealClockEnvironment['document'],
  };
  return {
    env,
    timers,
    visibilityListeners,
    /** Moves time to `ms`, firing due timers in order. */
    runUntil(ms: number) {
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= ms)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        nowMs = due[1].at;
        due[1].callback();
      }
      nowMs = ms;
    },
    setVisibility(state: DocumentVisibilityState) {
      doc.visibilityState = state;
      for (const listener of [...visibilityListeners]) listener();
    },
  };
}

describe('RealClock', () => {
  it('reads the time from its environment', () => {
    const fake = fakeEnvironment(12_345);
    expect(new RealClock(fake.env).now()).toBe(12_345);
  });

  it('does not run a timer until someone subscribes', () => {
    const fake = fakeEnvironment(0);
    const clock = new RealClock(fake.env);
    expect(clock.isRunning).toBe(false);
    expect(fake.timers.size).toBe(0);
  });

  it('ticks on whole seconds, starting with the next one', () => {
    const fake = fakeEnvironment(10_250);
    const clock = new RealClock(fake.env);
    const seen: number[] = [];
    clock.subscribe(() => seen.push(clock.now()));
    fake.runUntil(13_100);
    expect(seen).toEqual([11_000, 12_000, 13_000]);
  });

  it('shares one timer between all subscribers', () => {
    const fake = fakeEnvironment(0);
    const clock = new RealClock(fake.env);
    const first = vi.fn();
    const second = vi.fn();
    clock.subscribe(first);
    clock.subscribe(second);
    expect(fake.timers.size).toBe(1);
    fake.runUntil(2_000);
    expect(first).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('stops its timer and visibility listener when the last subscriber leaves', () => {
    const fake = fakeEnvironment(0);
    const clock = new RealClock(fake.env);
    const leaveFirst = clock.subscribe(vi.fn());
    const leaveSecond = clock.subscribe(vi.fn());
    leaveFirst();
    expect(clock.isRunning).toBe(true);
    leaveSecond();
    expect(clock.isRunning).toBe(false);
    expect(fake.timers.size).toBe(0);
    expect(fake.visibilityListeners.size).toBe(0);
  });

  it('ignores a second call of the same unsubscribe function', () => {
    const fake = fakeEnvironment(0);
    const clock = new RealClock(fake.env);
    const leave = clock.subscribe(vi.fn());
    clock.subscribe(vi.fn());
    leave();
    leave();
    expect(clock.isRunning).toBe(true);
  });

  it('emits at once when the page becomes visible again, then re-aligns', () => {
    const fake = fakeEnvironment(0);
    const clock = new RealClock(fake.env);
    const seen: number[] = [];
    clock.subscribe(() => seen.push(clock.now()));
    fake.setVisibility('hidden');
    expect(seen).toEqual([]);
    fake.runUntil(500);
    fake.setVisibility('visible');
    expect(seen).toEqual([500]);
    fake.runUntil(1_000);
    expect(seen).toEqual([500, 1_000]);
    expect(fake.timers.size).toBe(1);
  });
});
