import type { MetricId, Policy } from '../../../sla';
import { formatList } from '../../../shared/format/format-list';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { groupTiersByMetric } from '../model/group-tiers-by-metric';
import { committedTiers } from '../model/plan-facts';
import { MetricTargetsList } from './metric-targets-list';
import { MetricTargetsTable } from './metric-targets-table';

interface MetricTargetsProps {
  policy: Policy;
  metric: MetricId;
}

/**
 * One metric: what starts and meets it, where it is a commitment, whether it pauses, and its
 * targets by plan and priority: a table from tablet width up, stacked cards on a phone.
 */
export function MetricTargets({ policy, metric }: MetricTargetsProps) {
  const { t, locale } = useI18n();
  const metricName = t(`metric.${metric}.name`);
  const headingId = `metric-${metric}`;
  const committed = committedTiers(policy, metric);
  const pausingStatuses = policy.pausedBy[metric];
  const groups = groupTiersByMetric(policy, metric);

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-xl font-semibold">
        {metricName}
      </h3>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
        {t(`metric.${metric}.description`)}
      </p>
      <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {committed.length > 0
          ? t('metric.committedOn', {
              tiers: formatList(
                committed.map((tier) => t(`tier.${tier}`)),
                locale,
              ),
            })
          : t('metric.objectiveEverywhere')}{' '}
        {pausingStatuses.length > 0
          ? t('metric.pausedWhile', {
              statuses: formatList(
                pausingStatuses.map((status) => t(`status.${status}`)),
                locale,
                'disjunction',
              ),
            })
          : t('metric.neverPaused')}
      </p>
      <div className="mt-4 hidden md:block">
        <MetricTargetsTable policy={policy} metric={metric} groups={groups} />
      </div>
      <div className="mt-4 md:hidden">
        <MetricTargetsList policy={policy} metric={metric} groups={groups} />
      </div>
    </section>
  );
}
