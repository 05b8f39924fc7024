import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Beeper } from './beeper';
import { FakeAudioContext } from './fake-audio-context';

beforeEach(() => {
  FakeAudioContext.created = 0;
  FakeAudioContext.beeps = 0;
  FakeAudioContext.closed = 0;
  vi.stubGlobal('AudioContext', FakeAudioContext);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Beeper', () => {
  it('stays silent, with no audio context, until a user gesture unlocks it', () => {
    const beeper = new Beeper();
    beeper.beep();
    expect(FakeAudioContext.created).toBe(0);
    expect(beeper.isUnlocked).toBe(false);
    beeper.unlock();
    beeper.unlock();
    expect(FakeAudioContext.created).toBe(1);
    beeper.beep();
    expect(FakeAudioContext.beeps).toBe(1);
  });

  it('releases its audio context on close, and is silent until unlocked again', () => {
    const beeper = new Beeper();
    beeper.unlock();
    beeper.close();
    expect(FakeAudioContext.closed).toBe(1);
    expect(beeper.isUnlocked).toBe(false);
    beeper.beep();
    expect(FakeAudioContext.beeps).toBe(0);
  });
});
