import type { MetricId, Policy, PromiseKind, TierId } from '../types';

/**
 * The kind of promise behind one metric of a tier: an SLA tier commits (with service credits)
 * only to its committed metrics (first response); its other metrics are objectives (SLO).
 *
 * @example
 * metricPromise(defaultPolicy, 'premier-elite', 'first-response') // 'sla'
 * metricPromise(defaultPolicy, 'premier-elite', 'restoration') // 'slo'
 * metricPromise(defaultPolicy, 'standard', 'first-response') // 'target'
 */
export function metricPromise(policy: Policy, tier: TierId, metric: MetricId): PromiseKind {
  const promise = policy.tiers[tier].promise;
  if (promise === 'sla' && !policy.committedMetrics.includes(metric)) return 'slo';
  return promise;
}
