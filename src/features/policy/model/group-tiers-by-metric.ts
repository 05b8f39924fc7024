import {
  PRIORITIES,
  TIER_IDS,
  type MetricId,
  type MetricTarget,
  type Policy,
  type Priority,
  type TierId,
} from '../../../sla';

/** Plans that promise exactly the same target for one metric at every priority. */
export interface TierGroup {
  tiers: TierId[];
  targets: Record<Priority, MetricTarget>;
}

/**
 * Groups the policy's plans by their targets for `metric`, in plan order, so a table can show
 * one row per distinct set of targets (Standard, then the four Premier plans together).
 */
export function groupTiersByMetric(policy: Policy, metric: MetricId): TierGroup[] {
  const groups = new Map<string, TierGroup>();
  for (const tier of TIER_IDS) {
    const targets = Object.fromEntries(
      PRIORITIES.map((priority) => [priority, policy.tiers[tier].targets[priority][metric]]),
    ) as Record<Priority, MetricTarget>;
    const signature = JSON.stringify(PRIORITIES.map((priority) => targets[priority]));
    const group = groups.get(signature);
    if (group) group.tiers.push(tier);
    else groups.set(signature, { tiers: [tier], targets });
  }
  return [...groups.values()];
}
