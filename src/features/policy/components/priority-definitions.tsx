import { PRIORITIES, type Priority } from '../../../sla';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { BanIcon, PhoneIcon } from '../../../shared/ui/icons';

/** The optional parts of each definition; only P1 has examples and special instructions. */
const EXTRAS: Record<Priority, { examples?: MessageKey; phone?: MessageKey; never?: MessageKey }> =
  {
    P1: {
      examples: 'priority.P1.examples',
      phone: 'priority.P1.phone',
      never: 'priority.P1.exclusion',
    },
    P2: {},
    P3: {},
    P4: {},
  };

/** What each priority means, what it looks like, and what effort it gets. */
export function PriorityDefinitions({ defaultPriority }: { defaultPriority: Priority }) {
  const { t } = useI18n();
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {PRIORITIES.map((priority) => {
        const extras = EXTRAS[priority];
        return (
          <li
            key={priority}
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
          >
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="text-lg font-semibold">
                {t('priorities.heading', { priority, label: t(`priority.${priority}.label`) })}
              </h3>
              {priority === defaultPriority && (
                <span className="rounded-full border border-indigo-700 px-2 py-0.5 text-xs font-semibold text-indigo-800 dark:border-indigo-300 dark:text-indigo-200">
                  {t('priorities.default')}
                </span>
              )}
            </div>
            <dl className="mt-3 space-y-3 text-sm">
              <div>
                <dt className="font-semibold">{t('priorities.definition')}</dt>
                <dd className="mt-0.5 text-slate-700 dark:text-slate-300">
                  {t(`priority.${priority}.definition`)}
                </dd>
              </div>
              {extras.examples && (
                <div>
                  <dt className="font-semibold">{t('priorities.examples')}</dt>
                  <dd className="mt-0.5 text-slate-700 dark:text-slate-300">
                    {t(extras.examples)}
                  </dd>
                </div>
              )}
              <div>
                <dt className="font-semibold">{t('priorities.resources')}</dt>
                <dd className="mt-0.5 text-slate-700 dark:text-slate-300">
                  {t(`priority.${priority}.resources`)}
                </dd>
              </div>
            </dl>
            {(extras.phone ?? extras.never) && (
              <ul className="mt-3 space-y-2 text-sm">
                {extras.phone && (
                  <li className="flex gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-2 font-medium text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
                    <PhoneIcon className="mt-0.5 size-4 shrink-0" />
                    {t(extras.phone)}
                  </li>
                )}
                {extras.never && (
                  <li className="flex gap-2 rounded-md border-l-4 border-slate-500 bg-slate-100 p-2 text-slate-900 dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100">
                    <BanIcon className="mt-0.5 size-4 shrink-0" />
                    {t(extras.never)}
                  </li>
                )}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
