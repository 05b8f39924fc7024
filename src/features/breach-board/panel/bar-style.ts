import type { CSSProperties } from 'react';
import type { LedgerKind } from '../../../sla';

/** Bar stretch kinds: the ledger's, plus the elapsed and overdue parts. */
export type BarKind = LedgerKind | 'elapsed' | 'overdue';

const stripes = (angle: number, width = 2, gap = 4): CSSProperties => ({
  backgroundImage: `repeating-linear-gradient(${String(angle)}deg, currentColor 0 ${String(width)}px, transparent ${String(width)}px ${String(width + gap)}px)`,
});

/** Each kind has its own pattern (and a word beside it), so colour is never the only signal. */
export const BAR_STYLE: Record<BarKind, { className: string; style?: CSSProperties }> = {
  counted: { className: 'bg-sky-200 dark:bg-sky-800' },
  'closed-hours': {
    className: 'bg-white text-slate-400 dark:bg-slate-950 dark:text-slate-500',
    style: stripes(135),
  },
  'closed-day': {
    className: 'bg-white text-slate-400 dark:bg-slate-950 dark:text-slate-500',
    style: stripes(135),
  },
  holiday: {
    className: 'bg-white text-slate-400 dark:bg-slate-950 dark:text-slate-500',
    style: stripes(135),
  },
  paused: {
    className: 'bg-white text-amber-600 dark:bg-slate-950 dark:text-amber-400',
    style: stripes(90, 3, 3),
  },
  'moved-to-opening': {
    className: 'bg-white text-violet-600 dark:bg-slate-950 dark:text-violet-300',
    style: stripes(45, 1, 3),
  },
  elapsed: { className: 'bg-indigo-700 dark:bg-indigo-300' },
  overdue: {
    className: 'bg-red-50 text-red-700 dark:bg-red-950 dark:text-red-300',
    style: {
      backgroundImage:
        'repeating-linear-gradient(45deg, currentColor 0 2px, transparent 2px 5px), repeating-linear-gradient(135deg, currentColor 0 2px, transparent 2px 5px)',
    },
  },
};

/** The mark where a met metric was met (and the legend's swatch of it). */
export const MET_MARK = 'bg-emerald-700 dark:bg-emerald-300';

/** The line at the due instant (and the legend's swatch of it). */
export const DUE_MARK = 'bg-slate-950 dark:bg-white';
