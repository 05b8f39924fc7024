import type { ReactNode } from 'react';
import { METRIC_IDS, TIER_IDS, type Policy } from '../../../sla';
import { formatList } from '../../../shared/format/format-list';
import { formatPercent } from '../../../shared/format/format-percent';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { committedTiers } from '../model/plan-facts';

function RuleCard({
  title,
  className = '',
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`${className} rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900`}
    >
      <h3 className="font-semibold">{title}</h3>
      <div className="mt-2 space-y-2 text-sm text-slate-700 dark:text-slate-300">{children}</div>
    </div>
  );
}

/** Pausing, at-risk threshold, priority changes, default priority and credits, from the data. */
export function ClockRules({ policy }: { policy: Policy }) {
  const { t, locale } = useI18n();
  const creditMetrics = policy.committedMetrics.filter(
    (metric) => committedTiers(policy, metric).length > 0,
  );
  const slaTiers = TIER_IDS.filter((tier) => policy.tiers[tier].promise === 'sla');

  return (
    <div className="grid gap-4 md:grid-cols-6">
      <RuleCard title={t('rules.pausing.title')} className="md:col-span-3">
        <ul className="list-disc space-y-1 pl-5">
          {METRIC_IDS.map((metric) => {
            const statuses = policy.pausedBy[metric];
            const name = t(`metric.${metric}.name`);
            return (
              <li key={metric}>
                {statuses.length > 0
                  ? t('rules.pausing.paused', {
                      metric: name,
                      statuses: formatList(
                        statuses.map((status) => t(`status.${status}`)),
                        locale,
                        'disjunction',
                      ),
                    })
                  : t('rules.pausing.never', { metric: name })}
              </li>
            );
          })}
        </ul>
      </RuleCard>
      <RuleCard title={t('rules.priorityChange.title')} className="md:col-span-3">
        <p>{t(`rules.priorityChange.${policy.priorityChange}`)}</p>
        <p>{t('rules.priorityChange.common')}</p>
      </RuleCard>
      <RuleCard title={t('rules.atRisk.title')} className="md:col-span-2">
        <p>{t('rules.atRisk.body', { ratio: formatPercent(policy.atRiskRatio, locale) })}</p>
      </RuleCard>
      <RuleCard title={t('rules.defaultPriority.title')} className="md:col-span-2">
        <p>
          {t('rules.defaultPriority.body', {
            priority: `${policy.defaultPriority} (${t(`priority.${policy.defaultPriority}.label`)})`,
          })}
        </p>
      </RuleCard>
      <RuleCard title={t('rules.credits.title')} className="md:col-span-2">
        <p>
          {creditMetrics.length > 0
            ? t('rules.credits.body', {
                metrics: formatList(
                  creditMetrics.map((metric) => t(`metric.${metric}.inSentence`)),
                  locale,
                  'disjunction',
                ),
                tiers: formatList(
                  slaTiers.map((tier) => t(`tier.${tier}`)),
                  locale,
                ),
              })
            : t('rules.credits.none')}
        </p>
      </RuleCard>
    </div>
  );
}
