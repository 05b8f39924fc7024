import type { RegionCalendar } from '../../../sla';
import { formatLocalDate } from '../../../shared/format/format-local-date';
import { formatTimeOfDay } from '../../../shared/format/format-time-of-day';
import { formatTimeZoneName } from '../../../shared/format/format-time-zone-name';
import { formatWeekday } from '../../../shared/format/format-weekday';
import { formatList } from '../../../shared/format/format-list';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { groupOpenHours, type OpenHoursRun } from '../model/group-open-hours';
import { regionName } from '../../../shared/format/region-name';

const capitalise = (text: string, locale: string) =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** Each region's time zone, weekly open hours and holidays. */
export function RegionCalendars({ calendars }: { calendars: readonly RegionCalendar[] }) {
  const { t, locale } = useI18n();
  if (calendars.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">{t('calendars.empty')}</p>;
  }

  const days = (run: OpenHoursRun) => {
    const from = formatWeekday(run.from, locale);
    const text =
      run.from === run.to
        ? from
        : t('calendars.dayRange', { from, to: formatWeekday(run.to, locale) });
    return capitalise(text, locale);
  };
  const hours = (run: OpenHoursRun) =>
    run.intervals.length === 0
      ? t('calendars.closed')
      : formatList(
          run.intervals.map((interval) =>
            t('calendars.hoursRange', {
              start: formatTimeOfDay(interval.start, locale),
              end: formatTimeOfDay(interval.end, locale),
            }),
          ),
          locale,
        );

  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {calendars.map((calendar) => {
        const zoneName = formatTimeZoneName(calendar.timeZone, locale);
        return (
          <li
            key={calendar.id}
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
          >
            <h3 className="text-lg font-semibold">
              {regionName({ calendars: { [calendar.id]: calendar } }, calendar.id, t)}
            </h3>
            <dl className="mt-3 space-y-3 text-sm">
              <div>
                <dt className="font-semibold">{t('calendars.timeZone')}</dt>
                <dd className="mt-0.5 text-slate-700 dark:text-slate-300">
                  <span className="font-mono">{calendar.timeZone}</span>
                  {zoneName && <span className="block">{capitalise(zoneName, locale)}</span>}
                </dd>
              </div>
              <div>
                <dt className="font-semibold">{t('calendars.openHours')}</dt>
                <dd className="mt-0.5 text-slate-700 dark:text-slate-300">
                  <ul className="space-y-0.5">
                    {groupOpenHours(calendar.week).map((run) => (
                      <li key={run.from} className="flex flex-wrap justify-between gap-x-3">
                        <span>{days(run)}</span>
                        <span className={run.intervals.length === 0 ? 'italic' : 'tabular-nums'}>
                          {hours(run)}
                        </span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt className="font-semibold">{t('calendars.holidays')}</dt>
                <dd className="mt-0.5 text-slate-700 dark:text-slate-300">
                  {calendar.holidays.length === 0 ? (
                    t('calendars.noHolidays')
                  ) : (
                    <ul className="space-y-0.5">
                      {[...calendar.holidays].sort().map((holiday) => (
                        <li key={holiday}>
                          <time dateTime={holiday}>{formatLocalDate(holiday, locale)}</time>
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
