import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TriageQuestion } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { fieldError, panel, primaryButton, secondaryButton } from '../../../shared/ui/form-classes';
import {
  QUESTION_OPTIONS,
  QUESTION_TEXT,
  optionFor,
  type AnswerValue,
} from '../model/triage-questions';

interface QuestionStepProps {
  question: TriageQuestion;
  /** 1-based position on the triage path. */
  number: number;
  answer: AnswerValue | undefined;
  canGoBack: boolean;
  /** Move focus to the heading when the step appears (not on the page's first paint). */
  focusOnMount: boolean;
  onAnswer: (value: AnswerValue) => void;
  onBack: () => void;
}

const optionCard =
  'grid cursor-pointer grid-cols-[auto_1fr] gap-x-3 rounded-md border border-slate-300 p-3 has-checked:border-indigo-700 has-checked:bg-indigo-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600 dark:border-slate-600 dark:has-checked:border-indigo-300 dark:has-checked:bg-indigo-950 dark:has-focus-visible:outline-indigo-300';

/** One triage question: heading, explanation, examples, radio answers, Back and Next. */
export function QuestionStep({
  question,
  number,
  answer,
  canGoBack,
  focusOnMount,
  onAnswer,
  onBack,
}: QuestionStepProps) {
  const { t } = useI18n();
  const text = QUESTION_TEXT[question];
  const options = QUESTION_OPTIONS[question];
  const [selected, setSelected] = useState(optionFor(question, answer)?.code);
  const [hasError, setHasError] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = `triage-${question}`;

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const option = options.find((candidate) => candidate.code === selected);
    if (option === undefined) {
      setHasError(true);
      formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    onAnswer(option.value);
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} className={panel}>
      <fieldset aria-describedby={`${id}-explain ${id}-examples ${id}-error`}>
        <legend className="w-full">
          <span className="block text-sm font-semibold text-indigo-800 dark:text-indigo-300">
            {t('triage.stepLabel', { number })}
          </span>
          <h2
            ref={headingRef}
            tabIndex={-1}
            className="mt-1 text-xl font-bold text-balance focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-300"
          >
            {t(text.title)}
          </h2>
        </legend>
        <p id={`${id}-explain`} className="mt-2 text-slate-800 dark:text-slate-200">
          {t(text.explain)}
        </p>
        <p id={`${id}-examples`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t(text.examples)}
        </p>
        <div className="mt-4 grid gap-2">
          {options.map((option) => (
            <label key={option.code} className={optionCard}>
              <input
                type="radio"
                name={id}
                value={option.code}
                checked={selected === option.code}
                aria-describedby={option.hint ? `${id}-${option.code}-hint` : undefined}
                onChange={() => {
                  setSelected(option.code);
                  setHasError(false);
                }}
                className="row-span-2 mt-1 size-4 accent-indigo-700 dark:accent-indigo-300"
              />
              <span className="font-semibold">{t(option.label)}</span>
              {option.hint && (
                <span
                  id={`${id}-${option.code}-hint`}
                  className="text-sm text-slate-700 dark:text-slate-300"
                >
                  {t(option.hint)}
                </span>
              )}
            </label>
          ))}
        </div>
        <p id={`${id}-error`} className={fieldError}>
          {hasError ? t('triage.pickAnswer') : null}
        </p>
      </fieldset>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={primaryButton}>
          {t('triage.next')}
        </button>
        {canGoBack && (
          <button type="button" onClick={onBack} className={secondaryButton}>
            {t('triage.back')}
          </button>
        )}
      </div>
    </form>
  );
}
