import { TIER_IDS, type Policy, type Priority, type TierId } from '../../../sla';
import type { AccountRecord } from '../../../queries/data-types';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { fieldHint, fieldLabel, panel, textInput } from '../../../shared/ui/form-classes';
import { BriefcaseIcon, ClockIcon } from '../../../shared/ui/icons';
import { expectationsFor } from '../model/expectations';
import { regionName } from '../../../shared/format/region-name';

export interface PlanChoice {
  accountId: string;
  tier: TierId;
  region: string;
}

interface WhatToExpectProps {
  policy: Policy;
  priority: Priority;
  accounts: readonly AccountRecord[];
  plan: PlanChoice;
  onPlanChange: (plan: PlanChoice) => void;
}

const chip =
  'inline-flex w-fit items-center gap-1 rounded-md bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200';

/** The targets of each metric for the chosen plan and region, and who commits what. */
export function WhatToExpect({
  policy,
  priority,
  accounts,
  plan,
  onPlanChange,
}: WhatToExpectProps) {
  const { t, locale } = useI18n();
  const planRegion = regionName(policy, plan.region, t);
  const items = expectationsFor(policy, plan.tier, priority, t, locale);
  const chooseAccount = (accountId: string) => {
    const account = accounts.find((candidate) => candidate.id === accountId);
    onPlanChange(
      account ? { accountId, tier: account.tier, region: account.region } : { ...plan, accountId },
    );
  };
  return (
    <section aria-labelledby="triage-expect-title" className={panel}>
      <h2 id="triage-expect-title" className="text-xl font-bold">
        {t('triage.expect.title')}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{t('triage.expect.intro')}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor="triage-account" className={fieldLabel}>
            {t('triage.expect.account')}
          </label>
          <select
            id="triage-account"
            value={plan.accountId}
            aria-describedby={
              accounts.length > 0 ? 'triage-account-hint triage-save-account-error' : undefined
            }
            onChange={(event) => {
              chooseAccount(event.target.value);
            }}
            className={textInput}
          >
            <option value="">{t('triage.expect.noAccount')}</option>
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
          {accounts.length > 0 ? (
            <p id="triage-account-hint" className={fieldHint}>
              {t('triage.expect.accountHint')}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="triage-tier" className={fieldLabel}>
            {t('triage.expect.tier')}
          </label>
          <select
            id="triage-tier"
            value={plan.tier}
            onChange={(event) => {
              const tier = TIER_IDS.find((candidate) => candidate === event.target.value);
              // Another plan than the account's: the account no longer describes it.
              if (tier) onPlanChange({ ...plan, tier, accountId: '' });
            }}
            className={textInput}
          >
            {TIER_IDS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tier.${tier}`)} · {t(`promise.${policy.tiers[tier].promise}.short`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="triage-region" className={fieldLabel}>
            {t('triage.expect.region')}
          </label>
          <select
            id="triage-region"
            value={plan.region}
            onChange={(event) => {
              onPlanChange({ ...plan, region: event.target.value, accountId: '' });
            }}
            className={textInput}
          >
            {Object.keys(policy.calendars).map((id) => (
              <option key={id} value={id}>
                {regionName(policy, id, t)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ul
        aria-label={t('triage.expect.listLabel', { priority, tier: t(`tier.${plan.tier}`) })}
        className="mt-5 space-y-3"
      >
        {items.map((item) => (
          <li key={item.metric} className="flex flex-col gap-1">
            <p>
              <span className="font-semibold">{t(`metric.${item.metric}.name`)}</span>
              {t('punctuation.colon')}
              <span>{item.text}</span>
            </p>
            {item.promise && (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {t(`triage.expect.kind.${item.promise}`)}
              </p>
            )}
            {item.clock && (
              <span className={chip}>
                {item.clock === '24x7' ? (
                  <ClockIcon className="size-3.5 shrink-0" />
                ) : (
                  <BriefcaseIcon className="size-3.5 shrink-0" />
                )}
                {item.clock === '24x7'
                  ? t('triage.expect.clock.24x7')
                  : t('triage.expect.clock.business', { region: planRegion })}
              </span>
            )}
          </li>
        ))}
      </ul>
      <h3 className="mt-5 font-semibold">{t('triage.expect.resources')}</h3>
      <p className="mt-1">{t(`priority.${priority}.resources`)}</p>
    </section>
  );
}
