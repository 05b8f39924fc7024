/**
 * The zod schema of a `Policy` as it travels in files (export, policy import). Shape only: the
 * calendars' contents (zones, times, holidays) are checked afterwards with `validateCalendar`
 * from src/sla, which gives the precise reasons (see `policyProblem`).
 */
import * as z from 'zod/mini';
import { METRIC_IDS, PRIORITIES, TIER_IDS, validateCalendar, type Policy } from '../sla';
import { problem, type PathProblem } from './import-problem';

export const tierIdSchema = z.enum(TIER_IDS);
export const prioritySchema = z.enum(PRIORITIES);
export const metricIdSchema = z.enum(METRIC_IDS);
export const ticketStatusSchema = z.enum(['open', 'waiting-on-customer']);

const minutesSchema = z.number().check(z.positive());
const clockSchema = z.enum(['24x7', 'business']);

const metricTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('duration'), minutes: minutesSchema, clock: clockSchema }),
  z.object({ kind: z.literal('next-business-day') }),
  z.object({
    kind: z.literal('cadence'),
    minutes: minutesSchema,
    clock: clockSchema,
    snapToOpenHours: z.boolean(),
    asAgreed: z.boolean(),
  }),
]);

const regionCalendarSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  timeZone: z.string(),
  week: z.array(
    z.object({
      day: z.literal([0, 1, 2, 3, 4, 5, 6]),
      start: z.string(),
      end: z.string(),
    }),
  ),
  holidays: z.array(z.string()),
});

export const policySchema = z.object({
  version: z.literal(1),
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  tiers: z.record(
    tierIdSchema,
    z.object({
      promise: z.enum(['target', 'slo', 'sla']),
      targets: z.record(prioritySchema, z.record(metricIdSchema, metricTargetSchema)),
    }),
  ),
  committedMetrics: z.array(metricIdSchema),
  pausedBy: z.record(metricIdSchema, z.array(ticketStatusSchema)),
  atRiskRatio: z.number().check(z.gte(0), z.lte(1)),
  priorityChange: z.enum(['from-change', 'from-start']),
  defaultPriority: prioritySchema,
  calendars: z.record(z.string().check(z.minLength(1)), regionCalendarSchema),
});

/**
 * What the shape cannot say about a policy that passed `policySchema`: each calendar sits under
 * its own id, has a valid calendar (`validateCalendar`), and at least one calendar exists.
 * Returns the first problem, or null.
 */
export function policyProblem(policy: Policy): PathProblem | null {
  const entries = Object.entries(policy.calendars);
  if (entries.length === 0) {
    return problem(
      ['calendars'],
      'no-calendars',
      {},
      'a policy needs at least one region calendar',
    );
  }
  for (const [key, calendar] of entries) {
    if (calendar.id !== key) {
      return problem(
        ['calendars', key, 'id'],
        'calendar-id-mismatch',
        { key, id: calendar.id },
        `the calendar under "${key}" must have id "${key}", not "${calendar.id}"`,
      );
    }
    const check = validateCalendar(calendar);
    if (!check.ok) {
      const [issue] = check.issues;
      if (issue) {
        return problem(
          ['calendars', key, ...issue.path],
          'invalid-calendar',
          { issue: issue.code, value: issue.value },
          issue.message,
        );
      }
    }
  }
  return null;
}
