import { TIER_IDS, type MetricId, type Policy, type TierId } from '../../../sla';

/** The plans on which `metric` is a commitment with service credits (SLA plans, committed metric). */
export function committedTiers(policy: Policy, metric: MetricId): TierId[] {
  if (!policy.committedMetrics.includes(metric)) return [];
  return TIER_IDS.filter((tier) => policy.tiers[tier].promise === 'sla');
}

/** The metrics a plan commits to with service credits; empty unless the plan is an SLA. */
export function committedMetricsOf(policy: Policy, tier: TierId): MetricId[] {
  return policy.tiers[tier].promise === 'sla' ? policy.committedMetrics : [];
}
