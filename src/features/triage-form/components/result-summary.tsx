import { useEffect, useRef, type ReactNode } from 'react';
import type { TriageResult } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { panel, secondaryButton } from '../../../shared/ui/form-classes';

interface ResultSummaryProps {
  result: TriageResult;
  focusOnMount: boolean;
  onBack: () => void;
  /** Shown right under the priority: the phone instruction or why it cannot be P1. */
  notice?: ReactNode;
}

const badgeTone: Record<TriageResult['priority'], string> = {
  P1: 'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
  P2: 'border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  P3: 'border-indigo-700 bg-indigo-50 text-indigo-950 dark:border-indigo-300 dark:bg-indigo-950 dark:text-indigo-100',
  P4: 'border-slate-600 bg-slate-50 text-slate-900 dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100',
};

/** The recommendation: priority and name, the reasons from the answers, the definition. */
export function ResultSummary({ result, focusOnMount, onBack, notice }: ResultSummaryProps) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { priority } = result;

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  return (
    <section aria-labelledby="triage-result-heading" className={panel}>
      <h2
        id="triage-result-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-bold focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-300"
      >
        {t('triage.result.heading')}
        <span className="sr-only">{t('punctuation.colon')}</span>
        <span
          className={`mt-2 block w-fit rounded-md border-2 px-3 py-1 text-2xl ${badgeTone[priority]}`}
        >
          {t('triage.result.priority', { priority, label: t(`priority.${priority}.label`) })}
        </span>
      </h2>
      {notice && <div className="mt-4">{notice}</div>}
      <h3 className="mt-5 font-semibold">{t('triage.result.why')}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {result.reasons.map((reason) => (
          <li key={reason}>{t(`triage.reason.${reason}`)}</li>
        ))}
      </ul>
      <h3 className="mt-5 font-semibold">{t('triage.result.definition', { priority })}</h3>
      <p className="mt-1">{t(`priority.${priority}.definition`)}</p>
      {priority === 'P1' && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t('priority.P1.examples')}
        </p>
      )}
      <button type="button" onClick={onBack} className={`${secondaryButton} mt-5`}>
        {t('triage.back')}
      </button>
    </section>
  );
}
