import {
  METRIC_IDS,
  metricPromise,
  type ClockKind,
  type MetricId,
  type MetricTarget,
  type Policy,
  type Priority,
  type PromiseKind,
  type TierId,
} from '../../../sla';
import { cadenceText, isWorkedOnBusinessDays } from '../../../shared/format/policy-words';
import { formatDuration } from '../../../shared/format/format-duration';
import type { Locale } from '../../../shared/i18n/locale';
import type { Translate } from '../../../shared/i18n/translate';

/** What one metric promises a ticket of this priority on this plan, in words. */
export interface Expectation {
  metric: MetricId;
  /** "within 1 hour", "Every hour, or as agreed", "no target: handled on business days". */
  text: string;
  /** Absent when there is no target. */
  promise?: PromiseKind;
  clock?: ClockKind;
}

function targetWords(
  target: MetricTarget,
  isBusinessDaysOnly: boolean,
  t: Translate,
  locale: Locale,
): Pick<Expectation, 'text' | 'clock'> {
  switch (target.kind) {
    case 'none':
      return {
        text: t(isBusinessDaysOnly ? 'triage.expect.noneBusinessDays' : 'triage.expect.none'),
      };
    case 'duration':
      return {
        text: t('triage.expect.duration', { duration: formatDuration(target.minutes, locale) }),
        clock: target.clock,
      };
    case 'next-business-day':
      return { text: t('triage.expect.nextBusinessDay'), clock: 'business' };
    case 'cadence': {
      const cadence = cadenceText(target.minutes, t, locale).text;
      return {
        text: t(target.asAgreed ? 'triage.expect.asAgreed' : 'triage.expect.cadence', { cadence }),
        clock: target.snapToOpenHours ? 'business' : target.clock,
      };
    }
  }
}

/**
 * Every metric's target for a ticket of `priority` on plan `tier`, read from the policy: the
 * words, the kind of promise (target, SLO, or SLA commitment with credits) and the clock.
 */
export function expectationsFor(
  policy: Policy,
  tier: TierId,
  priority: Priority,
  t: Translate,
  locale: Locale,
): Expectation[] {
  const targets = policy.tiers[tier].targets[priority];
  const isBusinessDaysOnly = isWorkedOnBusinessDays(targets);
  return METRIC_IDS.map((metric) => {
    const target = targets[metric];
    const words = targetWords(target, isBusinessDaysOnly, t, locale);
    return target.kind === 'none'
      ? { metric, ...words }
      : { metric, ...words, promise: metricPromise(policy, tier, metric) };
  });
}
