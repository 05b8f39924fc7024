/** For tests only: stand-ins for the browser's Web Audio API. (Not imported by app code.) */
import { vi } from 'vitest';

/** Enough of the Web Audio API to count contexts and started oscillators. */
export class FakeAudioContext {
  static created = 0;
  static beeps = 0;
  static closed = 0;
  state: AudioContextState = 'running';
  currentTime = 0;
  destination = {};
  constructor() {
    FakeAudioContext.created += 1;
  }
  close() {
    this.state = 'closed';
    FakeAudioContext.closed += 1;
    return Promise.resolve();
  }
  resume() {
    this.state = 'running';
    return Promise.resolve();
  }
  createGain() {
    const gain = { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
    return { gain, connect: (next: unknown) => next };
  }
  createOscillator() {
    return {
      type: 'square',
      frequency: { value: 0 },
      connect: (next: unknown) => next,
      start: () => {
        FakeAudioContext.beeps += 1;
      },
      stop: vi.fn(),
    };
  }
}
