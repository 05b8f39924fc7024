import { PRIORITIES, type MetricId, type Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { describeGroupTarget } from '../model/describe-target';
import type { TierGroup } from '../model/group-tiers-by-metric';
import { TargetCell } from './target-cell';
import { TierLabels } from './tier-label';

interface MetricTargetsTableProps {
  policy: Policy;
  metric: MetricId;
  groups: readonly TierGroup[];
}

/**
 * One metric compared across plans: a row per group of plans with the same targets, a column per
 * priority. Scrolls sideways when squeezed, with the plan column kept in view.
 */
export function MetricTargetsTable({ policy, metric, groups }: MetricTargetsTableProps) {
  const { t, locale } = useI18n();
  const metricName = t(`metric.${metric}.name`);
  return (
    <div
      role="region"
      aria-label={t('targets.tableLabel', { metric: metricName })}
      // A scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:focus-visible:outline-indigo-300"
    >
      <table className="w-full min-w-[44rem] table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">{t('targets.caption', { metric: metricName })}</caption>
        <thead>
          <tr className="border-b border-slate-200 bg-slate-100 dark:border-slate-700 dark:bg-slate-800">
            <th
              scope="col"
              className="sticky left-0 z-10 w-48 bg-slate-100 px-4 py-3 font-semibold lg:w-56 dark:bg-slate-800"
            >
              {t('targets.planHeader')}
            </th>
            {PRIORITIES.map((priority) => (
              <th key={priority} scope="col" className="px-4 py-3 font-semibold">
                {t('priorities.heading', { priority, label: t(`priority.${priority}.label`) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr
              key={group.tiers.join()}
              className="border-b border-slate-200 align-top last:border-b-0 dark:border-slate-700"
            >
              <th
                scope="row"
                className="sticky left-0 z-10 border-r border-slate-200 bg-white px-4 py-3 font-normal dark:border-slate-700 dark:bg-slate-900"
              >
                <TierLabels policy={policy} tiers={group.tiers} />
              </th>
              {PRIORITIES.map((priority) => (
                <td key={priority} className="px-4 py-3">
                  <TargetCell
                    text={describeGroupTarget(policy, group, priority, metric, { t, locale })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
