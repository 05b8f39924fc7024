import { memo, useEffect, useId, useRef, useState } from 'react';
import type { AccountRecord } from '../../../queries/data-types';
import { METRIC_IDS, PRIORITIES, TIER_IDS, type Policy } from '../../../sla';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { regionName } from '../../../shared/format/region-name';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { STATE_FILTERS, type BoardFilters, type FilterName } from '../model/board-filters';
import { fieldControl, fieldLabel, focusRing } from './board-classes';

interface BoardFilterBarProps {
  filters: BoardFilters;
  policy: Policy;
  accounts: readonly AccountRecord[];
  onChange: (next: BoardFilters) => void;
}

interface Choice {
  value: string;
  label: string;
}

/** The forecast lane is chosen from the summary's lane buttons. */
type SelectName = Exclude<FilterName, 'text' | 'due'>;

/** The board's filters; every change goes to the URL, so a view can be bookmarked or shared. */
/** Memoised: the board re-renders every second, its filters only when they change. */
export const BoardFilterBar = memo(function BoardFilterBar({
  filters,
  policy,
  accounts,
  onChange,
}: BoardFilterBarProps) {
  const { t } = useI18n();
  const id = useId();
  const set = (name: FilterName, value: string) => {
    onChange({ ...filters, [name]: value === '' ? undefined : value });
  };
  const choices: Record<SelectName, Choice[]> = {
    tier: TIER_IDS.map((value) => ({ value, label: t(`tier.${value}`) })),
    priority: PRIORITIES.map((value) => ({ value, label: value })),
    region: Object.keys(policy.calendars).map((value) => ({
      value,
      label: regionName(policy, value, t),
    })),
    metric: METRIC_IDS.map((value) => ({ value, label: t(`metric.${value}.name`) })),
    state: STATE_FILTERS.map((value) => ({
      value,
      label: value === 'credit' ? t('board.filter.state.credit') : t(`metricState.${value}`),
    })),
    account: accounts.map(({ id: value, name }) => ({ value, label: name })),
  };
  const selects = Object.keys(choices) as SelectName[];
  const activeCount = [...selects, 'text' as const].filter(
    (name) => filters[name] !== undefined,
  ).length;
  // On a phone the filters fold away behind one button; from md up they are always shown.
  const [isOpen, setOpen] = useState(false);
  // The search box is uncontrolled: the router applies URL changes in a transition, and React
  // would reset a controlled text input (and its caret) while someone types. A change from
  // elsewhere (Clear filters, Back) is written into the box when it is not being typed in.
  const textRef = useRef<HTMLInputElement>(null);
  const text = filters.text ?? '';
  useEffect(() => {
    const input = textRef.current;
    if (input && document.activeElement !== input && input.value !== text) input.value = text;
  }, [text]);
  return (
    <>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={`${id}-filters`}
        onClick={() => {
          setOpen(!isOpen);
        }}
        className={`mt-4 inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold md:hidden dark:border-slate-500 dark:bg-slate-900 ${focusRing}`}
      >
        <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
        {activeCount > 0
          ? t('board.filters.toggleActive', { count: String(activeCount) })
          : t('board.filters.toggle')}
      </button>
      <fieldset id={`${id}-filters`} className={`mt-4 ${isOpen ? 'block' : 'hidden md:block'}`}>
        <legend className="sr-only">{t('board.filters.label')}</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-8">
          <div className="col-span-2">
            <label htmlFor={`${id}-text`} className={fieldLabel}>
              {t('board.filter.text')}
            </label>
            <input
              id={`${id}-text`}
              type="search"
              ref={textRef}
              defaultValue={filters.text ?? ''}
              placeholder={t('board.filter.textHint')}
              onChange={(event) => {
                set('text', event.target.value);
              }}
              className={fieldControl}
            />
          </div>
          {selects.map((name) => (
            <div key={name}>
              <label htmlFor={`${id}-${name}`} className={fieldLabel}>
                {t(`board.filter.${name}` satisfies MessageKey)}
              </label>
              <select
                id={`${id}-${name}`}
                value={filters[name] ?? ''}
                onChange={(event) => {
                  set(name, event.target.value);
                }}
                className={fieldControl}
              >
                <option value="">{t('board.filter.any')}</option>
                {choices[name].map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-4 text-sm">
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              checked={filters.showClosed}
              onChange={(event) => {
                onChange({ ...filters, showClosed: event.target.checked });
              }}
              className={`size-4 accent-indigo-700 ${focusRing}`}
            />
            {t('board.showClosed')}
          </label>
          <button
            type="button"
            onClick={() => {
              onChange({ showClosed: filters.showClosed });
            }}
            className={`rounded-md border border-slate-400 px-2.5 py-1 font-semibold hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800 ${focusRing}`}
          >
            {t('board.filters.clear')}
          </button>
        </div>
      </fieldset>
    </>
  );
});
