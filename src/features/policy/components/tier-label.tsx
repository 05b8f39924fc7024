import type { Policy, TierId } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { PromiseBadge } from './promise-badge';

/** The plans of a table row, each with its kind of promise. */
export function TierLabels({ policy, tiers }: { policy: Policy; tiers: readonly TierId[] }) {
  const { t } = useI18n();
  return (
    <ul className="space-y-1.5">
      {tiers.map((tier) => (
        <li key={tier} className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-semibold">{t(`tier.${tier}`)}</span>
          <PromiseBadge promise={policy.tiers[tier].promise} />
        </li>
      ))}
    </ul>
  );
}
