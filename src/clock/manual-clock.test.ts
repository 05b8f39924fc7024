import { describe, expect, it, vi } from 'vitest';
import { ManualClock } from './manual-clock';

describe('ManualClock', () => {
  it('starts at the given instant and stays there until moved', () => {
    const clock = new ManualClock(1_000);
    expect(clock.now()).toBe(1_000);
    expect(clock.now()).toBe(1_000);
  });

  it('advances by a duration and notifies every subscriber', () => {
    const clock = new ManualClock(0);
    const first = vi.fn();
    const second = vi.fn();
    clock.subscribe(first);
    clock.subscribe(second);
    clock.advance(2_500);
    expect(clock.now()).toBe(2_500);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('jumps to an instant with set, backwards included', () => {
    const clock = new ManualClock(10_000);
    clock.set(5_000);
    expect(clock.now()).toBe(5_000);
  });

  it('stops notifying a listener once it unsubscribes', () => {
    const clock = new ManualClock(0);
    const listener = vi.fn();
    const unsubscribe = clock.subscribe(listener);
    unsubscribe();
    clock.advance(1);
    expect(listener).not.toHaveBeenCalled();
    expect(clock.listenerCount).toBe(0);
  });

  it('rejects negative or non-finite steps instead of moving to NaN', () => {
    const clock = new ManualClock(0);
    expect(() => {
      clock.advance(-1);
    }).toThrow(RangeError);
    expect(() => {
      clock.set(Number.NaN);
    }).toThrow(RangeError);
    expect(clock.now()).toBe(0);
  });
});
