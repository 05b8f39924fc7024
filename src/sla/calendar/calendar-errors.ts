import type { CompiledCalendar } from './compile-calendar';

/** Epoch ms of a Date argument; a RangeError instead of NaN for an Invalid Date. */
export function instantOf(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is an invalid date`);
  return ms;
}

/** Throws the RangeError of a calendar that has no open time at all. */
export function assertOpensSometime(compiled: CompiledCalendar, operation: string): void {
  if (compiled.neverOpens) {
    throw new RangeError(
      `${operation}: the calendar never opens (its week has no open interval, ` +
        `time zone ${compiled.timeZone}), so no business time can ever pass`,
    );
  }
}
