import type { PriorityTargets } from '../../sla';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import { describeCadence } from './describe-cadence';
import { formatDuration } from './format-duration';

/**
 * Whether a priority is only worked on business days on a plan: some target of it follows the
 * region's open hours (next business day, a business clock, or a cadence that snaps to openings).
 */
export function isWorkedOnBusinessDays(targets: PriorityTargets): boolean {
  return Object.values(targets).some(
    (target) =>
      target.kind === 'next-business-day' ||
      ((target.kind === 'duration' || target.kind === 'cadence') && target.clock === 'business') ||
      (target.kind === 'cadence' && target.snapToOpenHours),
  );
}

/** An update cadence in words, plus the exact gap when the words round it ("twice a week"). */
export function cadenceText(
  minutes: number,
  t: Translate,
  locale: Locale,
): { text: string; gap?: string } {
  const phrase = describeCadence(minutes);
  const gap = t('cadence.gap', { duration: formatDuration(minutes, locale) });
  switch (phrase.kind) {
    case 'hourly':
      return { text: t('cadence.hourly') };
    case 'every-hours':
      return { text: t('cadence.everyHours', { duration: formatDuration(minutes, locale) }) };
    case 'daily':
      return { text: t('cadence.daily'), gap };
    case 'weekly': {
      const key =
        phrase.times === 1
          ? 'cadence.weekly.one'
          : phrase.times === 2
            ? 'cadence.weekly.two'
            : 'cadence.weekly.other';
      return { text: t(key, { count: phrase.times }), gap };
    }
    case 'every':
      return { text: t('cadence.every', { duration: formatDuration(minutes, locale) }) };
  }
}
