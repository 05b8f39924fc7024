/**
 * The SLA module: pure business-calendar arithmetic and the metric engine.
 * The only public entry of src/sla. Contract: ../shared/spec/calendar-arithmetic.md and
 * ../shared/spec/sla-engine.md.
 */
export type {
  BusinessCalendar,
  ClockKind,
  MetricId,
  MetricState,
  MetricStatus,
  MetricTarget,
  Policy,
  Priority,
  PriorityTargets,
  PromiseKind,
  RegionCalendar,
  TicketEvent,
  TicketFacts,
  TicketStatus,
  TierId,
  TierPolicy,
  Weekday,
  WeeklyInterval,
} from './types';
export { METRIC_IDS, PRIORITIES, TIER_IDS } from './types';
export { businessTimeBetween } from './calendar/business-time-between';
export { addBusinessTime } from './calendar/add-business-time';
export { isOpen } from './calendar/is-open';
export { nextOpening } from './calendar/next-opening';
export { nextBusinessDayEnd } from './calendar/next-business-day-end';
export { ALWAYS_OPEN } from './calendar/always-open';
export { isKnownTimeZone, validateCalendar } from './calendar/validate-calendar';
export type { CalendarCheck, CalendarIssue, CalendarIssueCode } from './calendar/validate-calendar';
export { evaluateTicket } from './timer/evaluate-ticket';
export { defaultPolicy } from './policy/default-policy';
export { metricPromise } from './policy/metric-promise';
export type {
  StoredTicketEvent,
  TicketAction,
  TicketActionProblem,
  TicketActionType,
  TicketLifecycle,
  TicketState,
} from './tickets/ticket-action-types';
export { ticketState } from './tickets/ticket-state';
export { allowedTicketActions, checkTicketAction } from './tickets/ticket-actions';
export { eventsForAction } from './tickets/events-for-action';
export { toEngineEvents } from './tickets/to-engine-events';
export { explainTicket } from './timer/explain-ticket';
export type { MetricExplanation } from './timer/explain-ticket';
export type { LedgerEntry, LedgerKind } from './timer/build-ledger';
export type { SegmentCause } from './timer/metric-tracker';
export { triage } from './triage/triage';
export type {
  EnvironmentAnswer,
  TriageAnswers,
  TriageProgress,
  TriageQuestion,
  TriageReason,
  TriageResult,
  WorkaroundAnswer,
} from './triage/triage-types';
export { forecastTicket } from './timer/forecast-ticket';
export type { MetricForecast } from './timer/forecast-ticket';
