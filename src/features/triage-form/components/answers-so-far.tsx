import type { TriageProgress, TriageQuestion } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { panel, secondaryButton } from '../../../shared/ui/form-classes';
import { QUESTION_TEXT, optionFor } from '../model/triage-questions';

interface AnswersSoFarProps {
  progress: TriageProgress;
  /** The question on screen, if any: it has no Change button. */
  current: TriageQuestion | null;
  onChange: (question: TriageQuestion) => void;
  onStartOver: () => void;
}

/** The answers given so far, in order, each with a Change button. */
export function AnswersSoFar({ progress, current, onChange, onStartOver }: AnswersSoFarProps) {
  const { t } = useI18n();
  const answered = progress.path.flatMap((question) => {
    const option = optionFor(question, progress.answers[question]);
    return option ? [{ question, option }] : [];
  });
  if (answered.length === 0) return null;
  return (
    <section aria-labelledby="triage-answers-title" className={panel}>
      <h2 id="triage-answers-title" className="text-lg font-bold">
        {t('triage.answers.title')}
      </h2>
      <ol className="mt-3 space-y-3">
        {answered.map(({ question, option }) => (
          <li
            key={question}
            className="flex items-start justify-between gap-3 border-b border-slate-200 pb-3 last:border-b-0 last:pb-0 dark:border-slate-800"
          >
            <div className="min-w-0">
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {t(QUESTION_TEXT[question].short)}
              </p>
              <p className="font-semibold">{t(option.label)}</p>
            </div>
            {question !== current && (
              <button
                type="button"
                aria-label={t('triage.answers.changeLabel', {
                  question: t(QUESTION_TEXT[question].short),
                })}
                onClick={() => {
                  onChange(question);
                }}
                className={`${secondaryButton} shrink-0 py-1`}
              >
                {t('triage.answers.change')}
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onStartOver} className={`${secondaryButton} mt-4`}>
        {t('triage.startOver')}
      </button>
    </section>
  );
}
