import { useI18n } from '../../../shared/i18n/use-i18n';
import { MetricStateIcon } from '../../../shared/ui/metric-state-icon';
import type { StateFilter } from '../model/board-filters';
import { LANES, type Lane, type LaneCounts } from '../model/lanes';
import type { BoardSummary as Summary } from '../model/board-view';
import { focusRing } from './board-classes';

type SummaryKey = keyof Summary;
const KEYS: readonly SummaryKey[] = ['breached', 'at-risk', 'credit', 'paused', 'running'];

const TONE: Record<SummaryKey, string> = {
  breached: 'border-red-700 text-red-900 dark:border-red-400 dark:text-red-100',
  'at-risk': 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-100',
  credit: 'border-red-700 text-red-900 dark:border-red-400 dark:text-red-100',
  paused: 'border-slate-400 text-slate-800 dark:border-slate-500 dark:text-slate-200',
  running: 'border-slate-400 text-slate-800 dark:border-slate-500 dark:text-slate-200',
};

interface BoardSummaryProps {
  summary: Summary;
  lanes: LaneCounts;
  state: StateFilter | undefined;
  onState: (state: StateFilter | undefined) => void;
  lane: Lane | undefined;
  onLane: (lane: Lane | undefined) => void;
}

/** The counts that matter now and the forecast lanes, each a filter (pressed when applied). */
export function BoardSummary({ summary, lanes, state, onState, lane, onLane }: BoardSummaryProps) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="mt-6 flex flex-col gap-3">
      <ul aria-label={t('board.summary.label')} className="flex flex-wrap gap-2">
        {KEYS.map((key) => {
          const isPressed = state === key;
          return (
            <li key={key}>
              <button
                type="button"
                aria-pressed={isPressed}
                onClick={() => {
                  onState(isPressed ? undefined : key);
                }}
                className={`flex min-h-11 items-center gap-2 rounded-lg border-2 bg-white px-3 py-1.5 text-left text-sm dark:bg-slate-900 ${TONE[key]} ${isPressed ? 'ring-2 ring-indigo-600 ring-offset-2 dark:ring-indigo-300 dark:ring-offset-slate-950' : ''} ${focusRing}`}
              >
                <MetricStateIcon
                  state={key === 'credit' ? 'breached' : key}
                  className="size-4 shrink-0"
                />
                <span className="text-xl font-bold tabular-nums">
                  {number.format(summary[key])}
                </span>
                <span className={isPressed ? 'font-semibold underline' : ''}>
                  {t(`board.summary.${key}`)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <h2 className="font-semibold">{t('board.lanes.label')}</h2>
        <ul className="flex flex-wrap gap-2">
          {LANES.map((key) => {
            const isPressed = lane === key;
            return (
              <li key={key}>
                <button
                  type="button"
                  aria-pressed={isPressed}
                  onClick={() => {
                    onLane(isPressed ? undefined : key);
                  }}
                  className={`min-h-9 rounded-full border px-3 py-1 ${isPressed ? 'border-indigo-700 bg-indigo-50 font-semibold text-indigo-900 underline ring-2 ring-indigo-600 ring-offset-1 dark:border-indigo-300 dark:bg-indigo-950 dark:text-indigo-100 dark:ring-indigo-300 dark:ring-offset-slate-950' : 'border-slate-400 bg-white hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:hover:bg-slate-800'} ${focusRing}`}
                >
                  {t(`board.lane.${key}`)}{' '}
                  <span className="font-bold text-slate-900 tabular-nums dark:text-white">
                    {number.format(lanes[key])}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
