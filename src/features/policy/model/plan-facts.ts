import {
  TIER_IDS,
  type MetricId,
  type Policy,
  type PriorityTargets,
  type TierId,
} from '../../../sla';

/** The plans on which `metric` is a commitment with service credits (SLA plans, committed metric). */
export function committedTiers(policy: Policy, metric: MetricId): TierId[] {
  if (!policy.committedMetrics.includes(metric)) return [];
  return TIER_IDS.filter((tier) => policy.tiers[tier].promise === 'sla');
}

/** The metrics a plan commits to with service credits; empty unless the plan is an SLA. */
export function committedMetricsOf(policy: Policy, tier: TierId): MetricId[] {
  return policy.tiers[tier].promise === 'sla' ? policy.committedMetrics : [];
}

/**
 * Whether a priority is only worked on business days on a plan: some target of it follows the
 * region's open hours (next business day, a business clock, or a cadence that snaps to openings).
 */
export function isWorkedOnBusinessDays(targets: PriorityTargets): boolean {
  return Object.values(targets).some(
    (target) =>
      target.kind === 'next-business-day' ||
      ((target.kind === 'duration' || target.kind === 'cadence') && target.clock === 'business') ||
      (target.kind === 'cadence' && target.snapToOpenHours),
  );
}
