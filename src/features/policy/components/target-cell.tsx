import { BriefcaseIcon, ClockIcon } from '../../../shared/ui/icons';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { TargetText } from '../model/describe-target';

/** One target: the time in bold, its clock as a labelled chip, then the fine print. */
export function TargetCell({ text }: { text: TargetText }) {
  const { t } = useI18n();
  const hasTarget = text.clock !== undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <span
        className={
          hasTarget
            ? 'font-semibold text-slate-900 dark:text-white'
            : 'text-slate-600 italic dark:text-slate-400'
        }
      >
        {text.headline}
      </span>
      {text.clock && (
        <span className="inline-flex w-fit items-center gap-1 rounded-md bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">
          {text.clock === '24x7' ? (
            <ClockIcon className="size-3.5 shrink-0" />
          ) : (
            <BriefcaseIcon className="size-3.5 shrink-0" />
          )}
          {t(text.clock === '24x7' ? 'clock.24x7' : 'clock.business')}
        </span>
      )}
      {text.details.length > 0 && (
        <ul className="space-y-1 text-xs text-slate-600 dark:text-slate-400">
          {text.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
