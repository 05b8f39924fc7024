import type { BusinessCalendar } from '../types';
import { buildDayPlan, type DayPlan, type DayRules } from './day-plan';
import { parseLocalDate, weeklyPlan } from './parse-calendar';
import { DAY_MS } from './zone-time';

/** Days per chunk: whole chunks are skipped by their totals, so cost grows with chunks spanned. */
export const CHUNK_DAYS = 32;

/** A run of CHUNK_DAYS local dates with prefix sums of their open time. */
export interface Chunk {
  firstDay: number;
  days: DayPlan[];
  /** cum[i] = open ms of days[0..i); cum[CHUNK_DAYS] is the chunk's total. */
  cum: Float64Array;
  total: number;
  hasBusinessDay: boolean;
}

/** A calendar compiled once: local dates resolved lazily to instants, chunk by chunk. */
export interface CompiledCalendar extends DayRules {
  neverOpens: boolean;
  alwaysOpen: boolean;
  chunks: Map<number, Chunk>;
}

const byObject = new WeakMap<BusinessCalendar, CompiledCalendar>();
const byContent = new Map<string, CompiledCalendar>();
const CONTENT_CACHE_LIMIT = 1000;

/**
 * The compiled form of a calendar, built on first use and cached (by object, then by content).
 * Calendars are treated as immutable values.
 */
export function compileCalendar(cal: BusinessCalendar): CompiledCalendar {
  const cached = byObject.get(cal);
  if (cached) return cached;
  const key = JSON.stringify([cal.timeZone, cal.week, cal.holidays]);
  let compiled = byContent.get(key);
  if (!compiled) {
    const weekly = weeklyPlan(cal);
    const holidays = new Set(cal.holidays.map(parseLocalDate).filter(Number.isFinite));
    const coversWholeDay = (day: [number, number][]) => {
      let reach = 0;
      for (const [start, end] of day) if (start <= reach) reach = Math.max(reach, end);
      return reach >= 1440;
    };
    compiled = {
      timeZone: cal.timeZone,
      weekly,
      holidays,
      neverOpens: weekly.every((day) => day.length === 0),
      alwaysOpen: holidays.size === 0 && weekly.every(coversWholeDay),
      chunks: new Map(),
    };
    if (byContent.size >= CONTENT_CACHE_LIMIT) byContent.clear();
    byContent.set(key, compiled);
  }
  byObject.set(cal, compiled);
  return compiled;
}

/** The chunk with the given index (day numbers index*CHUNK_DAYS onward), built on first use. */
export function chunkAt(compiled: CompiledCalendar, index: number): Chunk {
  const existing = compiled.chunks.get(index);
  if (existing) return existing;
  const firstDay = index * CHUNK_DAYS;
  const days: DayPlan[] = [];
  const cum = new Float64Array(CHUNK_DAYS + 1);
  let hasBusinessDay = false;
  for (let i = 0; i < CHUNK_DAYS; i++) {
    const day = buildDayPlan(compiled, firstDay + i);
    days.push(day);
    cum[i + 1] = (cum[i] ?? 0) + day.openMs;
    if (!Number.isNaN(day.businessCloseMs)) hasBusinessDay = true;
  }
  const chunk = { firstDay, days, cum, total: cum[CHUNK_DAYS] ?? 0, hasBusinessDay };
  compiled.chunks.set(index, chunk);
  return chunk;
}

/** Where an instant falls: its chunk index and the index of its local date in the chunk. */
export interface DayRef {
  chunkIndex: number;
  dayIndex: number;
  chunk: Chunk;
  day: DayPlan;
}

export function dayRef(compiled: CompiledCalendar, dayNumber: number): DayRef {
  const chunkIndex = Math.floor(dayNumber / CHUNK_DAYS);
  const chunk = chunkAt(compiled, chunkIndex);
  const dayIndex = dayNumber - chunk.firstDay;
  return { chunkIndex, dayIndex, chunk, day: chunk.days[dayIndex] as DayPlan };
}

/** The local date containing instant `t` (local dates tile time, offsets are within a day). */
export function locate(compiled: CompiledCalendar, t: number): DayRef {
  const utcDay = Math.floor(t / DAY_MS);
  const ref = dayRef(compiled, utcDay);
  if (t < ref.day.startMs) return dayRef(compiled, utcDay - 1);
  if (t >= ref.day.endMs) return dayRef(compiled, utcDay + 1);
  return ref;
}
