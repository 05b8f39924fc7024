/**
 * Property tests for the calendar arithmetic: algebraic laws of the five functions, and agreement
 * with the minute-stepping oracle in test/fixtures/naive-sla-oracle.ts. Instants are drawn a few
 * days around DST transitions, holidays and ordinary weeks; calendars are the shared fixtures plus
 * random ones (random zone, intervals on a 5-minute grid, some ending at 24:00, random holidays).
 * Every property runs with a fixed seed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  ALWAYS_OPEN,
  addBusinessTime,
  businessTimeBetween,
  isOpen,
  nextBusinessDayEnd,
  nextOpening,
} from '../index';
import type { BusinessCalendar, Weekday, WeeklyInterval } from '../index';
import { propertyCalendars, roundTheClock } from '../../../test/fixtures/calendars';
import {
  naiveAddBusinessTime,
  naiveBusinessTimeBetween,
  naiveIsOpen,
  naiveNextBusinessDayEnd,
  naiveNextOpening,
} from '../../../test/fixtures/naive-sla-oracle';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Where the clocks change: zone, instant, and the local wall time ("HH:mm") first affected. */
interface Transition {
  timeZone: string;
  at: number;
  wall: string;
}

const TRANSITION_ROWS: readonly (readonly [string, string, string])[] = [
  ['Europe/Paris', '2025-03-30T01:00:00Z', '02:00'],
  ['Europe/Paris', '2025-10-26T01:00:00Z', '02:00'],
  ['America/New_York', '2025-03-09T07:00:00Z', '02:00'],
  ['America/New_York', '2025-11-02T06:00:00Z', '01:00'],
  ['America/Los_Angeles', '2025-11-02T09:00:00Z', '01:00'],
  ['Australia/Sydney', '2025-04-05T16:00:00Z', '02:00'],
  ['Australia/Sydney', '2025-10-04T16:00:00Z', '02:00'],
  ['Australia/Lord_Howe', '2025-04-05T15:00:00Z', '01:30'],
  ['Australia/Lord_Howe', '2025-10-04T15:30:00Z', '02:00'],
  ['America/Santiago', '2025-04-06T03:00:00Z', '23:00'], // 24:00 → 23:00
  ['America/Santiago', '2025-09-07T04:00:00Z', '00:00'], // midnight does not exist
  ['Asia/Jerusalem', '2025-03-28T00:00:00Z', '02:00'], // on a Friday
  ['Asia/Jerusalem', '2025-10-25T23:00:00Z', '01:00'],
  ['Pacific/Chatham', '2025-04-05T14:00:00Z', '02:45'],
  ['Pacific/Chatham', '2025-09-27T14:00:00Z', '02:45'],
  // No DST: plain weeks in +05:30 and +05:45, and the fixtures' holidays.
  ['Asia/Kolkata', '2025-06-10T00:00:00Z', '09:00'],
  ['Asia/Kathmandu', '2025-12-25T00:00:00Z', '09:00'],
  ['UTC', '2025-11-01T00:00:00Z', '09:00'],
];
const TRANSITIONS: readonly Transition[] = TRANSITION_ROWS.map(([timeZone, iso, wall]) => ({
  timeZone,
  at: Date.parse(iso),
  wall,
}));

/** Five-minute slots of a day: slot 288 is "24:00". */
const LAST_SLOT = 288;

function slotOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return ((hours ?? 0) * 60 + (minutes ?? 0)) / 5;
}

function hhmm(slot: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(slot / 12))}:${pad((slot % 12) * 5)}`;
}

/** An instant near a transition: within hours of it, or a few days around, often round. */
function instantNear(at: number): fc.Arbitrary<Date> {
  return fc
    .tuple(
      fc.oneof(
        fc.integer({ min: -72, max: 72 }).map((slots) => slots * 5 * MINUTE),
        fc.integer({ min: -4 * 96, max: 4 * 96 }).map((quarters) => quarters * 15 * MINUTE),
      ),
      fc.oneof(fc.constant(0), fc.constant(-1), fc.integer({ min: 0, max: 5 * MINUTE - 1 })),
    )
    .map(([offsetMs, jitterMs]) => new Date(at + offsetMs + jitterMs));
}

/** Non-overlapping intervals of one weekday, with ends clustered around `focus`. */
function dayIntervalsArb(day: Weekday, focus: number): fc.Arbitrary<WeeklyInterval[]> {
  const slotArb = fc.oneof(
    fc.integer({ min: 0, max: LAST_SLOT }),
    fc.integer({ min: Math.max(0, focus - 12), max: Math.min(LAST_SLOT, focus + 24) }),
    fc.constantFrom(0, LAST_SLOT),
  );
  return fc.uniqueArray(slotArb, { maxLength: 6 }).map((slots) => {
    const sorted = [...slots].sort((a, b) => a - b);
    const intervals: WeeklyInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      intervals.push({ day, start: hhmm(sorted[i] ?? 0), end: hhmm(sorted[i + 1] ?? 0) });
    }
    return intervals.reverse(); // week entries may come in any order
  });
}

/** A random calendar in the transition's zone, busy around the transition's wall time. */
function calendarAround(transition: Transition): fc.Arbitrary<BusinessCalendar> {
  const focus = slotOf(transition.wall);
  const nearbyDates = [-3, -2, -1, 0, 1, 2, 3].map((days) =>
    new Date(transition.at + days * DAY).toISOString().slice(0, 10),
  );
  return fc
    .record({
      days: fc.tuple(
        dayIntervalsArb(0, focus),
        dayIntervalsArb(1, focus),
        dayIntervalsArb(2, focus),
        dayIntervalsArb(3, focus),
        dayIntervalsArb(4, focus),
        dayIntervalsArb(5, focus),
        dayIntervalsArb(6, focus),
      ),
      holidays: fc.subarray(nearbyDates, { maxLength: 4 }),
    })
    .map(({ days, holidays }) => ({ timeZone: transition.timeZone, week: days.flat(), holidays }));
}

interface Scenario {
  cal: BusinessCalendar;
  at: Date;
}

/** A calendar and an instant: a shared fixture, or a random calendar around a DST change. */
const scenarioArb: fc.Arbitrary<Scenario> = fc.oneof(
  fc.record({
    cal: fc.constantFrom(...propertyCalendars),
    at: fc.constantFrom(...TRANSITIONS).chain((transition) => instantNear(transition.at)),
  }),
  fc
    .constantFrom(...TRANSITIONS)
    .chain((transition) =>
      fc.record({ cal: calendarAround(transition), at: instantNear(transition.at) }),
    ),
);

/** Business durations up to 16 h: zero, round minutes, or any millisecond count. */
const msArb: fc.Arbitrary<number> = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 16 * 60 }).map((minutes) => minutes * MINUTE),
  fc.integer({ min: 1, max: 16 * HOUR }),
);

/** Wall-clock open time of one week: an order of magnitude for how far results can land. */
function weeklyOpenMs(cal: BusinessCalendar): number {
  const minutesOf = (time: string): number => {
    const [hours, minutes] = time.split(':').map(Number);
    return (hours ?? 0) * 60 + (minutes ?? 0);
  };
  return (
    cal.week.reduce((sum, { start, end }) => sum + (minutesOf(end) - minutesOf(start)), 0) * MINUTE
  );
}

/** The result of a call, or the name of the error it threw: lets us compare throwing calls. */
function outcome(
  call: () => Date | number | boolean,
): { value: number | boolean } | { error: string } {
  try {
    const value = call();
    return { value: value instanceof Date ? value.getTime() : value };
  } catch (error) {
    return { error: error instanceof Error ? error.name : 'non-Error throw' };
  }
}

/** Laws that need open time somewhere: the fixtures and random calendars that open each week. */
const openScenarioArb = scenarioArb.filter(({ cal }) => weeklyOpenMs(cal) >= HOUR);

const runs = (numRuns: number, seed: number): { numRuns: number; seed: number } => ({
  numRuns,
  seed,
});

describe('addBusinessTime and businessTimeBetween laws', () => {
  test.prop([openScenarioArb, msArb], runs(300, 101))(
    'between(s, add(s, ms)) is ms',
    ({ cal, at: start }, ms) => {
      expect(businessTimeBetween(cal, start, addBusinessTime(cal, start, ms))).toBe(ms);
    },
  );

  test.prop([openScenarioArb, fc.integer({ min: 0, max: 3 * DAY })], runs(300, 102))(
    'add(s, between(s, t)) is t, or the start of the closed stretch that ends at t',
    ({ cal, at: start }, spanMs) => {
      const to = new Date(start.getTime() + spanMs);
      const back = addBusinessTime(cal, start, businessTimeBetween(cal, start, to));
      expect(back.getTime()).toBeLessThanOrEqual(to.getTime());
      expect(businessTimeBetween(cal, back, to)).toBe(0);
      // Exactly t when the instant just before t is open (t itself may be an opening).
      if (spanMs > 0 && isOpen(cal, new Date(to.getTime() - 1))) expect(back).toEqual(to);
    },
  );

  test.prop([openScenarioArb, msArb.filter((ms) => ms > 0)], runs(300, 103))(
    'a positive target ends just after open time: inside business time or on its closing edge',
    ({ cal, at: start }, ms) => {
      const deadline = addBusinessTime(cal, start, ms);
      expect(deadline.getTime()).toBeGreaterThan(start.getTime());
      expect(isOpen(cal, new Date(deadline.getTime() - 1))).toBe(true);
    },
  );

  test.prop([openScenarioArb, fc.integer({ min: 0, max: 2 * DAY }), msArb], runs(300, 104))(
    'a later start never gives an earlier deadline',
    ({ cal, at: start }, delayMs, ms) => {
      const early = addBusinessTime(cal, start, ms);
      const late = addBusinessTime(cal, new Date(start.getTime() + delayMs), ms);
      expect(late.getTime()).toBeGreaterThanOrEqual(early.getTime());
    },
  );

  test.prop([openScenarioArb, msArb, msArb], runs(300, 105))(
    'a larger target never gives an earlier deadline',
    ({ cal, at: start }, a, b) => {
      const [small, large] = a <= b ? [a, b] : [b, a];
      expect(addBusinessTime(cal, start, large).getTime()).toBeGreaterThanOrEqual(
        addBusinessTime(cal, start, small).getTime(),
      );
    },
  );

  // True for all a, b >= 0, not only a > 0: with b = 0 both sides are add(s, a); with b > 0 the
  // deadline for a + b lies after add(s, a), which has exactly a of open time behind it. (Even
  // when add(s, a) is a closing instant, adding b from there skips the same closed stretch.)
  test.prop([openScenarioArb, msArb, msArb], runs(300, 106))(
    'adding a then b equals adding a + b',
    ({ cal, at: start }, a, b) => {
      expect(addBusinessTime(cal, addBusinessTime(cal, start, a), b)).toEqual(
        addBusinessTime(cal, start, a + b),
      );
    },
  );

  test.prop(
    [scenarioArb, fc.integer({ min: 0, max: 3 * DAY }), fc.integer({ min: 0, max: 3 * DAY })],
    runs(300, 107),
  )(
    'business time over [a, c) is the sum over [a, b) and [b, c), at most the elapsed time',
    ({ cal, at: a }, abMs, bcMs) => {
      const b = new Date(a.getTime() + abMs);
      const c = new Date(b.getTime() + bcMs);
      const total = businessTimeBetween(cal, a, c);
      expect(total).toBe(businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, c));
      expect(total).toBeLessThanOrEqual(abMs + bcMs);
      expect(businessTimeBetween(cal, c, a)).toBe(0);
    },
  );
});

describe('nextOpening laws', () => {
  test.prop([openScenarioArb], runs(300, 201))(
    'returns an open instant with no open time before it, or the instant itself when open',
    ({ cal, at }) => {
      const opening = nextOpening(cal, at);
      expect(isOpen(cal, opening)).toBe(true);
      expect(opening.getTime()).toBeGreaterThanOrEqual(at.getTime());
      expect(businessTimeBetween(cal, at, opening)).toBe(0);
      if (isOpen(cal, at)) expect(opening).toEqual(at);
    },
  );

  test.prop([openScenarioArb, msArb.filter((ms) => ms > 0)], runs(300, 202))(
    'a positive target counts from the next opening',
    ({ cal, at: start }, ms) => {
      expect(addBusinessTime(cal, start, ms)).toEqual(
        addBusinessTime(cal, nextOpening(cal, start), ms),
      );
    },
  );
});

describe('nextBusinessDayEnd laws', () => {
  test.prop([openScenarioArb, fc.integer({ min: 0, max: 2 * DAY })], runs(300, 251))(
    'lies after the instant, and a later instant never gives an earlier day end',
    ({ cal, at }, delayMs) => {
      const end = nextBusinessDayEnd(cal, at);
      expect(end.getTime()).toBeGreaterThan(at.getTime());
      // Local dates only move forward in these zones (Santiago falls back from 24:00 to 23:00).
      const later = nextBusinessDayEnd(cal, new Date(at.getTime() + delayMs));
      expect(later.getTime()).toBeGreaterThanOrEqual(end.getTime());
    },
  );
});

describe('the 24×7 calendar is elapsed time', () => {
  const aroundTheClock = [
    ALWAYS_OPEN,
    ...['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago'].map(
      roundTheClock,
    ),
  ];

  test.prop(
    [
      fc.constantFrom(...aroundTheClock),
      scenarioArb,
      fc.integer({ min: -DAY, max: 3 * DAY }),
      msArb,
    ],
    runs(300, 301),
  )('in every zone, across DST changes', (cal, { at: start }, spanMs, ms) => {
    const to = new Date(start.getTime() + spanMs);
    expect(businessTimeBetween(cal, start, to)).toBe(Math.max(0, spanMs));
    expect(addBusinessTime(cal, start, ms)).toEqual(new Date(start.getTime() + ms));
    expect(isOpen(cal, start)).toBe(true);
    expect(nextOpening(cal, start)).toEqual(start);
  });
});

describe('agreement with the minute-stepping oracle', () => {
  test.prop([scenarioArb], runs(500, 401))('isOpen', ({ cal, at }) => {
    expect(isOpen(cal, at)).toBe(naiveIsOpen(cal, at));
  });

  test.prop([scenarioArb, fc.integer({ min: -HOUR, max: 3 * DAY })], runs(200, 402))(
    'businessTimeBetween',
    ({ cal, at: from }, spanMs) => {
      const to = new Date(from.getTime() + spanMs);
      expect(businessTimeBetween(cal, from, to)).toBe(naiveBusinessTimeBetween(cal, from, to));
    },
  );

  test.prop([scenarioArb, msArb], runs(200, 403))('addBusinessTime', ({ cal, at: start }, ms) => {
    // Keep the oracle's walk short: at most about two weeks of open time ahead.
    fc.pre(ms === 0 || ms <= 2 * weeklyOpenMs(cal));
    expect(outcome(() => addBusinessTime(cal, start, ms))).toEqual(
      outcome(() => naiveAddBusinessTime(cal, start, ms)),
    );
  });

  test.prop([scenarioArb], runs(200, 404))('nextOpening', ({ cal, at }) => {
    expect(outcome(() => nextOpening(cal, at))).toEqual(outcome(() => naiveNextOpening(cal, at)));
  });

  test.prop([scenarioArb], runs(400, 405))('nextBusinessDayEnd', ({ cal, at }) => {
    expect(outcome(() => nextBusinessDayEnd(cal, at))).toEqual(
      outcome(() => naiveNextBusinessDayEnd(cal, at)),
    );
  });
});
