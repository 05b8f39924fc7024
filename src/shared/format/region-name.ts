import { defaultPolicy, type Policy } from '../../sla';
import type { Translate } from '../i18n/translate';

const BUILT_IN_REGIONS = ['amer', 'emea', 'apac'] as const;
type BuiltInRegion = (typeof BUILT_IN_REGIONS)[number];

const isBuiltIn = (id: string): id is BuiltInRegion =>
  (BUILT_IN_REGIONS as readonly string[]).includes(id);

/**
 * A region's name in the current language. The built-in regions keep the name the policy gives
 * them in English, so they are translated; a region a custom policy adds or renames shows the
 * name its author wrote. An id the policy does not know is shown as it is.
 */
export function regionName(
  policy: Pick<Policy, 'calendars'>,
  regionId: string,
  t: Translate,
): string {
  const calendar = Object.hasOwn(policy.calendars, regionId)
    ? policy.calendars[regionId]
    : undefined;
  if (!calendar) return regionId;
  const builtIn = isBuiltIn(regionId) ? defaultPolicy.calendars[regionId] : undefined;
  return isBuiltIn(regionId) && builtIn?.name === calendar.name
    ? t(`region.${regionId}`)
    : calendar.name;
}
