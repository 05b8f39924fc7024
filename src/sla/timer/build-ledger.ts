import { calendarStretches, type CalendarStretch } from '../calendar/calendar-stretches';
import type { BusinessCalendar, Weekday } from '../types';
import type { PauseSpans } from './paused-clock';

/** Why a stretch between a target's start and its due instant counts or not. */
export type LedgerKind =
  /** Counted against the target. */
  | 'counted'
  /** Not counted: the ticket was waiting on the customer and this metric pauses then. */
  | 'paused'
  /** Not counted: outside the region's open hours on a business day. */
  | 'closed-hours'
  /** Not counted: a weekday without open hours (a weekend). */
  | 'closed-day'
  /** Not counted: a holiday of the region. */
  | 'holiday'
  /** The target was used up outside open hours; the due instant moved to the next opening. */
  | 'moved-to-opening';

export interface LedgerEntry {
  kind: LedgerKind;
  from: Date;
  to: Date;
  /** Elapsed ms of the stretch. */
  ms: number;
  /** The local date (region calendar) of a closed-day or holiday stretch. */
  localDate?: string;
  weekday?: Weekday;
}

interface Piece {
  kind: LedgerKind;
  fromMs: number;
  toMs: number;
  localDate?: string;
  weekday?: Weekday;
}

/** Open stretches split by the pauses that overlap them; closed stretches kept as they are. */
function withPauses(stretches: CalendarStretch[], pauses: PauseSpans): Piece[] {
  const pieces: Piece[] = [];
  for (const s of stretches) {
    if (s.kind !== 'open') {
      const dated = s.kind === 'closed-hours' ? {} : { localDate: s.localDate, weekday: s.weekday };
      pieces.push({ kind: s.kind, fromMs: s.fromMs, toMs: s.toMs, ...dated });
      continue;
    }
    let cursor = s.fromMs;
    for (const [from, to] of pauses) {
      if (to <= cursor || from >= s.toMs) continue;
      if (from > cursor) pieces.push({ kind: 'counted', fromMs: cursor, toMs: from });
      cursor = Math.min(to, s.toMs);
      pieces.push({ kind: 'paused', fromMs: Math.max(from, s.fromMs), toMs: cursor });
    }
    if (cursor < s.toMs) pieces.push({ kind: 'counted', fromMs: cursor, toMs: s.toMs });
  }
  return pieces;
}

/** Everything after the target is used up becomes one 'moved-to-opening' stretch. */
function cutAtTarget(pieces: Piece[], targetMs: number, endMs: number): Piece[] {
  const kept: Piece[] = [];
  let counted = 0;
  for (const piece of pieces) {
    if (counted >= targetMs) break;
    const length = piece.toMs - piece.fromMs;
    if (piece.kind === 'counted' && counted + length > targetMs) {
      kept.push({ ...piece, toMs: piece.fromMs + (targetMs - counted) });
      counted = targetMs;
      break;
    }
    kept.push(piece);
    if (piece.kind === 'counted') counted += length;
  }
  const reached = kept[kept.length - 1]?.toMs ?? endMs;
  if (reached < endMs) kept.push({ kind: 'moved-to-opening', fromMs: reached, toMs: endMs });
  return kept;
}

/** Joins neighbours of the same kind (and the same date, for dated kinds). */
function merge(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.kind === piece.kind &&
      last.toMs === piece.fromMs &&
      last.localDate === piece.localDate
    ) {
      last.toMs = piece.toMs;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

/**
 * The ledger of `[startMs, endMs)` for a target of `targetMs` on `clock` (null: the 24×7 clock):
 * counted stretches add up to the target; the rest says why it did not count.
 */
export function buildLedger(
  clock: BusinessCalendar | null,
  startMs: number,
  endMs: number,
  pauses: PauseSpans,
  targetMs: number,
): LedgerEntry[] {
  const stretches: CalendarStretch[] = clock
    ? calendarStretches(clock, startMs, endMs)
    : [{ fromMs: startMs, toMs: endMs, kind: 'open', localDate: '', weekday: 0 }];
  const pieces = merge(cutAtTarget(withPauses(stretches, pauses), targetMs, endMs));
  return pieces.map(({ fromMs, toMs, ...rest }) => ({
    ...rest,
    from: new Date(fromMs),
    to: new Date(toMs),
    ms: toMs - fromMs,
  }));
}
