import type { MetricForecast, MetricState } from '../../../sla';

/** A metric's state at `nowMs`: breached after its due instant, at risk from its at-risk instant. */
export function liveState(forecast: MetricForecast, nowMs: number): MetricState {
  const { breachesAfter, atRiskAt } = forecast;
  if (breachesAfter && nowMs > breachesAfter.getTime()) return 'breached';
  if (atRiskAt && nowMs >= atRiskAt.getTime()) return 'at-risk';
  return forecast.status.state;
}

/** The due instant a countdown runs to (or the breached deadline), in epoch ms. */
export function dueInstantMs(forecast: MetricForecast): number | undefined {
  const { status, breachesAfter } = forecast;
  return (breachesAfter ?? status.breachedAt ?? status.dueAt)?.getTime();
}

export interface LiveMetric {
  state: MetricState;
  /** Wall ms to the due instant (negative once breached); absent for met, paused and none. */
  wallRemainingMs?: number;
  /** A paused metric's time left, frozen (per its clock). */
  frozenRemainingMs?: number;
}

/** What a metric cell shows at `nowMs`: cheap arithmetic against the forecast, no engine call. */
export function liveMetric(forecast: MetricForecast, nowMs: number): LiveMetric {
  const state = liveState(forecast, nowMs);
  if (state === 'paused') return { state, frozenRemainingMs: forecast.status.remainingMs };
  const dueMs = dueInstantMs(forecast);
  if (dueMs === undefined || state === 'met' || state === 'none') return { state };
  return { state, wallRemainingMs: dueMs - nowMs };
}
