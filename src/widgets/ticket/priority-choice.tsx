import { PRIORITIES, type Priority } from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';
import { fieldHint } from '../../shared/ui/form-classes';

interface PriorityChoiceProps {
  value: Priority;
  defaultPriority: Priority;
  onChange: (priority: Priority) => void;
}

/** P1–P4 as radio buttons, each with a one-line hint of when to use it. */
export function PriorityChoice({ value, defaultPriority, onChange }: PriorityChoiceProps) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend className="text-sm font-semibold">{t('newTicket.priority')}</legend>
      <p className={fieldHint}>{t('newTicket.priorityDefault', { priority: defaultPriority })}</p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {PRIORITIES.map((priority) => (
          <label
            key={priority}
            className="grid cursor-pointer grid-cols-[auto_1fr] gap-x-3 rounded-md border border-slate-300 p-3 has-checked:border-indigo-700 has-checked:bg-indigo-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600 dark:border-slate-600 dark:has-checked:border-indigo-300 dark:has-checked:bg-indigo-950"
          >
            <input
              type="radio"
              name="priority"
              value={priority}
              checked={value === priority}
              onChange={() => {
                onChange(priority);
              }}
              className="row-span-2 mt-1 size-4 accent-indigo-700 dark:accent-indigo-300"
            />
            <span className="font-semibold">
              {t('newTicket.priorityOption', { priority, label: t(`priority.${priority}.label`) })}
            </span>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {t(`newTicket.hint.${priority}`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
