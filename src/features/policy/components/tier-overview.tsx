import { TIER_IDS, type Policy, type PromiseKind, type TierId } from '../../../sla';
import { formatList } from '../../../shared/format/format-list';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { committedMetricsOf } from '../model/plan-facts';
import { PromiseBadge } from './promise-badge';

/** Plans grouped by the kind of promise they make, weakest first, in the policy's plan order. */
function plansByPromise(policy: Policy): { promise: PromiseKind; tiers: TierId[] }[] {
  const order: PromiseKind[] = ['target', 'slo', 'sla'];
  return order
    .map((promise) => ({
      promise,
      tiers: TIER_IDS.filter((tier) => policy.tiers[tier].promise === promise),
    }))
    .filter((group) => group.tiers.length > 0);
}

/**
 * One card per kind of promise (target, SLO, SLA) naming its plans: what the promise means and
 * which targets are commitments with service credits.
 */
export function TierOverview({ policy }: { policy: Policy }) {
  const { t, locale } = useI18n();
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {plansByPromise(policy).map(({ promise, tiers }) => {
        const [firstTier] = tiers;
        const committed = firstTier ? committedMetricsOf(policy, firstTier) : [];
        return (
          <li
            key={promise}
            className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-700 dark:bg-slate-900"
          >
            <div className="flex items-start justify-between gap-3">
              <h3 className="text-base font-semibold">{t(`promise.${promise}.name`)}</h3>
              <PromiseBadge promise={promise} />
            </div>
            <ul className="mt-3 flex flex-wrap gap-2">
              {tiers.map((tier) => (
                <li
                  key={tier}
                  className="rounded-md border border-slate-300 bg-slate-50 px-2.5 py-1 text-lg font-bold tracking-tight dark:border-slate-600 dark:bg-slate-800"
                >
                  {t(`tier.${tier}`)}
                </li>
              ))}
            </ul>
            <p className="mt-3 mb-4 text-sm text-slate-700 dark:text-slate-300">
              {t(`promise.${promise}.description`)}
            </p>
            <p className="mt-auto border-t border-slate-200 pt-3 text-sm font-medium text-slate-800 dark:border-slate-700 dark:text-slate-200">
              {committed.length > 0
                ? t('promise.sla.committed', {
                    metrics: formatList(
                      committed.map((metric) => t(`metric.${metric}.inSentence`)),
                      locale,
                    ),
                  })
                : t('promise.allObjectives')}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
