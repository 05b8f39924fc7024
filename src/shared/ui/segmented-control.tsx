import { useId, type ReactNode } from 'react';

export interface SegmentedOption<Value extends string> {
  value: Value;
  label: string;
  icon?: ReactNode;
  /** BCP 47 tag when the label is in another language than the page (language names). */
  lang?: string;
}

interface SegmentedControlProps<Value extends string> {
  legend: string;
  options: readonly SegmentedOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  /** Show labels only from the `sm` breakpoint, icons alone below (labels stay for readers). */
  isCompactOnPhone?: boolean;
}

/**
 * A radio group drawn as a row of buttons: one Tab stop, arrow keys move the choice.
 * The chosen option is filled and bold, so the state never rests on colour alone.
 */
export function SegmentedControl<Value extends string>({
  legend,
  options,
  value,
  onChange,
  isCompactOnPhone = false,
}: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <fieldset>
      <legend className="sr-only">{legend}</legend>
      <div className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 dark:border-slate-600 dark:bg-slate-900">
        {options.map((option) => (
          <label key={option.value} className="relative cursor-pointer" title={option.label}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => {
                onChange(option.value);
              }}
              className="peer sr-only"
            />
            <span
              lang={option.lang}
              className="flex min-h-8 items-center gap-1.5 rounded-md px-2.5 text-sm text-slate-700 peer-checked:bg-slate-900 peer-checked:font-semibold peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-600 hover:bg-slate-100 peer-checked:hover:bg-slate-800 motion-safe:transition-colors dark:text-slate-200 dark:peer-checked:bg-slate-100 dark:peer-checked:text-slate-900 dark:peer-focus-visible:outline-indigo-300 dark:hover:bg-slate-800 dark:peer-checked:hover:bg-white"
            >
              {option.icon}
              <span className={isCompactOnPhone && option.icon ? 'sr-only sm:not-sr-only' : ''}>
                {option.label}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
