/**
 * The everyday name of an IANA zone in `locale`, e.g. "Europe/Paris" → "Central European Time" /
 * "heure d’Europe centrale". `undefined` when the zone is unknown to the browser or has no name
 * beyond an offset.
 */
export function formatTimeZoneName(timeZone: string, locale: string): string | undefined {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone,
      timeZoneName: 'longGeneric',
    }).formatToParts(0);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    return name === undefined || /^(GMT|UTC)/.test(name) ? undefined : name;
  } catch {
    return undefined;
  }
}
