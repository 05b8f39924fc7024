import type { MetricId, MetricTarget, Policy, Priority } from '../../../sla';
import type { Locale } from '../../../shared/i18n/locale';
import type { Translate } from '../../../shared/i18n/translate';
import { formatDuration } from '../../../shared/format/format-duration';
import type { TierGroup } from './group-tiers-by-metric';
import { cadenceText, isWorkedOnBusinessDays } from '../../../shared/format/policy-words';

/** A target in words: a headline, the clock it runs on, and any fine print. */
export interface TargetText {
  headline: string;
  clock?: 'business' | '24x7';
  details: string[];
}

interface DescribeContext {
  t: Translate;
  locale: Locale;
  /** The priority is only worked on business days (said when there is no target). */
  isBusinessDaysOnly: boolean;
}

/** Puts one cell of the policy into words: "1 hour" on the 24×7 clock, "Next business day"… */
export function describeTarget(
  target: MetricTarget,
  metric: MetricId,
  { t, locale, isBusinessDaysOnly }: DescribeContext,
): TargetText {
  switch (target.kind) {
    case 'none':
      return {
        headline: t(`target.none.${metric}`),
        details: isBusinessDaysOnly ? [t('target.businessDaysOnly')] : [],
      };
    case 'duration':
      return { headline: formatDuration(target.minutes, locale), clock: target.clock, details: [] };
    case 'next-business-day':
      return {
        headline: t('target.nextBusinessDay'),
        clock: 'business',
        details: [t('target.nextBusinessDay.detail')],
      };
    case 'cadence': {
      const phrase = cadenceText(target.minutes, t, locale);
      const details = [
        ...(phrase.gap ? [phrase.gap] : []),
        ...(target.asAgreed ? [t('target.asAgreed.detail')] : []),
        ...(target.snapToOpenHours ? [t('clock.snap')] : []),
      ];
      return {
        headline: target.asAgreed ? t('target.asAgreed', { cadence: phrase.text }) : phrase.text,
        clock: target.clock,
        details,
      };
    }
  }
}

/**
 * The words for one cell of a comparison table: the target a group of plans shares at
 * `priority`, with "handled on business days" when every plan of the group works it that way.
 */
export function describeGroupTarget(
  policy: Policy,
  group: TierGroup,
  priority: Priority,
  metric: MetricId,
  { t, locale }: Pick<DescribeContext, 't' | 'locale'>,
): TargetText {
  return describeTarget(group.targets[priority], metric, {
    t,
    locale,
    isBusinessDaysOnly: group.tiers.every((tier) =>
      isWorkedOnBusinessDays(policy.tiers[tier].targets[priority]),
    ),
  });
}
