import { METRIC_IDS, type Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { ClockRules } from './clock-rules';
import { MetricTargets } from './metric-targets';
import { PolicySection } from './policy-section';
import { PriorityDefinitions } from './priority-definitions';
import { RegionCalendars } from './region-calendars';
import { TierOverview } from './tier-overview';

const SECTIONS = [
  { id: 'plans', title: 'tiers.title' },
  { id: 'targets', title: 'targets.title' },
  { id: 'rules', title: 'rules.title' },
  { id: 'priorities', title: 'priorities.title' },
  { id: 'calendars', title: 'calendars.title' },
] as const satisfies readonly { id: string; title: MessageKey }[];

/** The whole policy, section by section, with a table of contents. */
export function PolicyView({ policy }: { policy: Policy }) {
  const { t } = useI18n();
  return (
    <>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {t('policy.activePolicy', { name: policy.name })}
      </p>
      <nav aria-label={t('policy.toc')} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:border-indigo-600 hover:text-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-indigo-300 dark:hover:text-indigo-200 dark:focus-visible:outline-indigo-300"
              >
                {t(section.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <PolicySection id="plans" title={t('tiers.title')} intro={t('tiers.intro')}>
        <TierOverview policy={policy} />
      </PolicySection>
      <PolicySection id="targets" title={t('targets.title')} intro={t('targets.intro')}>
        <div className="space-y-10">
          {METRIC_IDS.map((metric) => (
            <MetricTargets key={metric} policy={policy} metric={metric} />
          ))}
        </div>
      </PolicySection>
      <PolicySection id="rules" title={t('rules.title')}>
        <ClockRules policy={policy} />
      </PolicySection>
      <PolicySection id="priorities" title={t('priorities.title')} intro={t('priorities.intro')}>
        <PriorityDefinitions defaultPriority={policy.defaultPriority} />
      </PolicySection>
      <PolicySection id="calendars" title={t('calendars.title')} intro={t('calendars.intro')}>
        <RegionCalendars calendars={Object.values(policy.calendars)} />
      </PolicySection>
    </>
  );
}
