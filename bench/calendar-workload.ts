/**
 * The seeded calendar workload of `npm run bench`: varied calendars in several zones, start
 * instants over two years (with a share packed around daylight-saving changes), and business-time
 * targets up to 30 business days.
 */
import type { BusinessCalendar, WeeklyInterval } from '../src/sla';
import { seededRandom, type SeededRandom } from '../test/fixtures/seeded-random';

export const CALENDAR_SEED = 0x51a_b0a4d;

const MINUTE = 60_000;
/** A business day of the workload's calendars: each is open 8 hours on a working day. */
export const BUSINESS_DAY_MINUTES = 8 * 60;

/** Start instants are spread over [FROM, TO). */
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2027, 0, 1);

/** Daylight-saving changes of 2025–2026 (UTC, to the hour); Kolkata and Singapore have none. */
const DST_CHANGES: Record<string, string[]> = {
  'Europe/Paris': ['2025-03-30T01', '2025-10-26T01', '2026-03-29T01', '2026-10-25T01'],
  'America/New_York': ['2025-03-09T07', '2025-11-02T06', '2026-03-08T07', '2026-11-01T06'],
  'America/Los_Angeles': ['2025-03-09T10', '2025-11-02T09', '2026-03-08T10', '2026-11-01T09'],
  'Australia/Sydney': ['2025-04-05T16', '2025-10-04T16', '2026-04-04T16', '2026-10-03T16'],
  'Asia/Kolkata': [],
  'Asia/Singapore': [],
};
export const ZONES = Object.keys(DST_CHANGES);

/** Closed local dates: public holidays of 2025–2026 (Easter Friday and Monday around a weekend). */
export const HOLIDAYS = [
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-01',
  '2025-05-08',
  '2025-05-29',
  '2025-07-14',
  '2025-08-15',
  '2025-11-11',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-01',
  '2026-05-14',
  '2026-07-14',
  '2026-11-11',
  '2026-12-24',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
];

const MON_FRI = [1, 2, 3, 4, 5] as const;

function weekdays(...ranges: [string, string][]): WeeklyInterval[] {
  return MON_FRI.flatMap((day) => ranges.map(([start, end]) => ({ day, start, end })));
}

export type CalendarShape = 'office' | 'office-holidays' | 'split-day' | 'night-shift';

/** The calendar shapes, all open 8 hours per working day. */
export function makeCalendar(timeZone: string, shape: CalendarShape): BusinessCalendar {
  switch (shape) {
    case 'office':
      return { timeZone, week: weekdays(['09:00', '17:00']), holidays: [] };
    case 'office-holidays':
      return { timeZone, week: weekdays(['09:00', '17:00']), holidays: [...HOLIDAYS] };
    case 'split-day':
      // A lunch break, entries listed afternoon first (any order is allowed), and holidays.
      return {
        timeZone,
        week: weekdays(['13:00', '17:00'], ['08:00', '12:00']),
        holidays: HOLIDAYS.filter((_, i) => i % 2 === 0),
      };
    case 'night-shift':
      // Open across local midnight and through the hours daylight saving moves.
      return { timeZone, week: weekdays(['00:00', '03:00'], ['19:00', '24:00']), holidays: [] };
  }
}

const SHAPE_WEIGHTS: readonly (readonly [CalendarShape, number])[] = [
  ['office', 4],
  ['office-holidays', 3],
  ['split-day', 2],
  ['night-shift', 1],
];

export interface AddCase {
  cal: BusinessCalendar;
  shape: CalendarShape;
  start: Date;
  /** Business milliseconds to add (whole minutes). */
  ms: number;
}

export interface BetweenCase {
  cal: BusinessCalendar;
  from: Date;
  to: Date;
}

export interface CalendarWorkload {
  /** The main mix: targets from 0 to 30 business days. */
  add: AddCase[];
  /** The same calendars and starts as `add`, elapsed spans up to six weeks. */
  between: BetweenCase[];
  /** The first half of `add`'s calendars and starts with targets of at most 1 business day … */
  short: AddCase[];
  /** … and with targets of 20 to 30 business days. */
  long: AddCase[];
}

function startInstant(random: SeededRandom, timeZone: string): number {
  const changes = DST_CHANGES[timeZone] ?? [];
  if (changes.length > 0 && random.chance(0.2)) {
    // Within four days either side of a daylight-saving change.
    const change = Date.parse(`${random.pick(changes)}:00:00Z`);
    return change + random.int(-4 * 24 * 60, 4 * 24 * 60) * MINUTE;
  }
  return FROM + random.int(0, (TO - FROM) / MINUTE - 1) * MINUTE;
}

function targetMinutes(random: SeededRandom): number {
  const bucket = random.weighted([
    ['zero', 1],
    ['short', 34],
    ['medium', 35],
    ['long', 30],
  ] as const);
  switch (bucket) {
    case 'zero':
      return 0;
    case 'short':
      return random.int(1, BUSINESS_DAY_MINUTES);
    case 'medium':
      return random.int(BUSINESS_DAY_MINUTES + 1, 20 * BUSINESS_DAY_MINUTES);
    case 'long':
      return random.int(20 * BUSINESS_DAY_MINUTES + 1, 30 * BUSINESS_DAY_MINUTES);
  }
}

/** The calendar workload; the calendars are shared objects, as a policy's would be. */
export function generateCalendarWorkload(count = 10_000, seed = CALENDAR_SEED): CalendarWorkload {
  const random = seededRandom(seed);
  const calendars = new Map<string, BusinessCalendar>();
  const calendarFor = (timeZone: string, shape: CalendarShape): BusinessCalendar => {
    const key = `${timeZone} ${shape}`;
    let cal = calendars.get(key);
    if (!cal) {
      cal = makeCalendar(timeZone, shape);
      calendars.set(key, cal);
    }
    return cal;
  };

  const add: AddCase[] = [];
  const between: BetweenCase[] = [];
  const short: AddCase[] = [];
  const long: AddCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const timeZone = random.pick(ZONES);
    const shape = random.weighted(SHAPE_WEIGHTS);
    const cal = calendarFor(timeZone, shape);
    const startMs = startInstant(random, timeZone);
    const start = new Date(startMs);
    add.push({ cal, shape, start, ms: targetMinutes(random) * MINUTE });
    // Up to six calendar weeks (about 30 business days); a few with `to` before `from`.
    const span = random.chance(0.02)
      ? -random.int(1, 3 * 24 * 60) * MINUTE
      : random.int(0, 42 * 24 * 60) * MINUTE;
    between.push({ cal, from: start, to: new Date(startMs + span) });
    if (i < count / 2) {
      const shortMs = random.int(1, BUSINESS_DAY_MINUTES) * MINUTE;
      const longMs = random.int(20 * BUSINESS_DAY_MINUTES, 30 * BUSINESS_DAY_MINUTES) * MINUTE;
      short.push({ cal, shape, start, ms: shortMs });
      long.push({ cal, shape, start, ms: longMs });
    }
  }
  return { add, between, short, long };
}

/** Business days of the workload's calendars, for printing. */
export const msToBusinessDays = (ms: number): number => ms / (BUSINESS_DAY_MINUTES * MINUTE);
