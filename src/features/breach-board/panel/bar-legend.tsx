import { useI18n } from '../../../shared/i18n/use-i18n';
import { MetricStateIcon } from '../../../shared/ui/metric-state-icon';
import { DUE_MARK, MET_MARK, type BarKind } from './bar-style';
import { LedgerSwatch } from './ledger-swatch';

type LegendWord = 'counted' | 'closed' | 'paused' | 'moved' | 'elapsed' | 'overdue';

const LEGEND_WORD: Record<BarKind, LegendWord> = {
  counted: 'counted',
  'closed-hours': 'closed',
  'closed-day': 'closed',
  holiday: 'closed',
  paused: 'paused',
  'moved-to-opening': 'moved',
  elapsed: 'elapsed',
  overdue: 'overdue',
};

/** The key of a metric's bar: one pattern and word per kind drawn, the due line, the met mark. */
export function BarLegend({ kinds, isMet }: { kinds: readonly BarKind[]; isMet: boolean }) {
  const { t } = useI18n();
  const words = new Map<LegendWord, BarKind>();
  for (const kind of [...kinds, 'elapsed' as const]) {
    if (!words.has(LEGEND_WORD[kind])) words.set(LEGEND_WORD[kind], kind);
  }
  return (
    <ul
      aria-label={t('panel.legend.label')}
      className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700 dark:text-slate-300"
    >
      {[...words].map(([word, kind]) => (
        <li key={word} className="flex items-center gap-1">
          <LedgerSwatch kind={kind} />
          {t(`panel.legend.${word}`)}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className={`inline-block h-3.5 w-0.5 ${DUE_MARK}`} />
        {t('panel.legend.due')}
      </li>
      {isMet ? (
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className={`inline-block h-3.5 w-1.5 ${MET_MARK}`} />
          <MetricStateIcon state="met" className="size-3.5" />
          {t('panel.legend.met')}
        </li>
      ) : null}
    </ul>
  );
}
