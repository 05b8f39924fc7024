/** A listener called whenever the clock's time may have moved. */
export type ClockListener = () => void;

/**
 * The single source of "now" for the UI. Time is epoch milliseconds.
 * `subscribe` returns the function that unsubscribes.
 */
export interface Clock {
  now(): number;
  subscribe(listener: ClockListener): () => void;
}
