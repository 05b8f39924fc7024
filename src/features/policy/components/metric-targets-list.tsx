import { PRIORITIES, type MetricId, type Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { describeGroupTarget } from '../model/describe-target';
import type { TierGroup } from '../model/group-tiers-by-metric';
import { TargetCell } from './target-cell';
import { TierLabels } from './tier-label';

interface MetricTargetsListProps {
  policy: Policy;
  metric: MetricId;
  groups: readonly TierGroup[];
}

/** The same facts as the comparison table, stacked for a phone: a card per group of plans. */
export function MetricTargetsList({ policy, metric, groups }: MetricTargetsListProps) {
  const { t, locale } = useI18n();
  return (
    <ul className="space-y-3">
      {groups.map((group) => (
        <li
          key={group.tiers.join()}
          className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900"
        >
          <div className="border-b border-slate-200 bg-slate-100 px-4 py-3 text-sm dark:border-slate-700 dark:bg-slate-800">
            <TierLabels policy={policy} tiers={group.tiers} />
          </div>
          <dl className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
            {PRIORITIES.map((priority) => (
              <div key={priority} className="grid grid-cols-[6.5rem_1fr] gap-3 px-4 py-3">
                <dt className="font-semibold">
                  {t('priorities.heading', { priority, label: t(`priority.${priority}.label`) })}
                </dt>
                <dd>
                  <TargetCell
                    text={describeGroupTarget(policy, group, priority, metric, { t, locale })}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
