const BEEP_HZ = 880;
const BEEP_S = 0.25;
const VOLUME = 0.2;

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | undefined {
  return typeof window !== 'undefined' && 'AudioContext' in window
    ? window.AudioContext
    : undefined;
}

/**
 * A short beep generated with the Web Audio API (an oscillator; no audio file). Browsers let a
 * page make sound only after a user gesture, so the audio context is created (or resumed) by
 * `unlock`, which must be called from a click or key press; until then `beep` is silent.
 */
export class Beeper {
  private context: AudioContext | undefined;

  get isUnlocked(): boolean {
    return this.context?.state === 'running';
  }

  /** Call from a user gesture. */
  unlock(): void {
    const Context = audioContextClass();
    if (!Context) return;
    this.context ??= new Context();
    if (this.context.state === 'suspended') {
      this.context.resume().catch((error: unknown) => {
        console.warn('The browser kept the sound off', error);
      });
    }
  }

  /** Releases the audio context (browsers limit how many a page may hold); unlock makes a new one. */
  close(): void {
    const context = this.context;
    this.context = undefined;
    context?.close().catch((error: unknown) => {
      console.warn('The audio context did not close', error);
    });
  }

  beep(): void {
    const context = this.context;
    if (context?.state !== 'running') return;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const start = context.currentTime;
    oscillator.type = 'sine';
    oscillator.frequency.value = BEEP_HZ;
    gain.gain.setValueAtTime(VOLUME, start);
    gain.gain.exponentialRampToValueAtTime(0.001, start + BEEP_S);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + BEEP_S);
  }
}
