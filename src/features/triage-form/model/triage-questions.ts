import type { TriageAnswers, TriageQuestion } from '../../../sla';
import type { MessageKey } from '../../../shared/i18n/messages-en';

/** One answer to a triage question: what `triage` receives, and how people read it. */
export type AnswerValue = NonNullable<TriageAnswers[TriageQuestion]>;

export interface AnswerOption {
  value: AnswerValue;
  /** A stable word for the URL and the radio value: "yes", "production", "unsure"… */
  code: string;
  label: MessageKey;
  hint?: MessageKey;
}

/** The words of a question: heading, one-sentence explanation, examples, and a short label. */
export interface QuestionText {
  title: MessageKey;
  explain: MessageKey;
  examples: MessageKey;
  short: MessageKey;
}

const unsure: AnswerOption = { value: 'unsure', code: 'unsure', label: 'triage.a.unsure' };
const yesNoUnsure: readonly AnswerOption[] = [
  { value: true, code: 'yes', label: 'triage.a.yes' },
  { value: false, code: 'no', label: 'triage.a.no' },
  unsure,
];

/** The answers each question offers, "I'm not sure" always last. */
export const QUESTION_OPTIONS: Record<TriageQuestion, readonly AnswerOption[]> = {
  environment: [
    {
      value: 'production',
      code: 'production',
      label: 'triage.a.environment.production',
      hint: 'triage.a.environment.production.hint',
    },
    {
      value: 'development-or-beta',
      code: 'development-or-beta',
      label: 'triage.a.environment.development-or-beta',
      hint: 'triage.a.environment.development-or-beta.hint',
    },
    {
      value: 'other-non-production',
      code: 'other-non-production',
      label: 'triage.a.environment.other-non-production',
      hint: 'triage.a.environment.other-non-production.hint',
    },
    unsure,
  ],
  'service-down': yesNoUnsure,
  workaround: [
    { value: 'none', code: 'none', label: 'triage.a.workaround.none' },
    { value: 'partial', code: 'partial', label: 'triage.a.workaround.partial' },
    { value: 'full', code: 'full', label: 'triage.a.workaround.full' },
    unsure,
  ],
  degraded: yesNoUnsure,
  'feature-question': yesNoUnsure,
  information: yesNoUnsure,
};

export const QUESTION_TEXT: Record<TriageQuestion, QuestionText> = {
  environment: {
    title: 'triage.q.environment.title',
    explain: 'triage.q.environment.explain',
    examples: 'triage.q.environment.examples',
    short: 'triage.q.environment.short',
  },
  'service-down': {
    title: 'triage.q.service-down.title',
    explain: 'triage.q.service-down.explain',
    examples: 'triage.q.service-down.examples',
    short: 'triage.q.service-down.short',
  },
  workaround: {
    title: 'triage.q.workaround.title',
    explain: 'triage.q.workaround.explain',
    examples: 'triage.q.workaround.examples',
    short: 'triage.q.workaround.short',
  },
  degraded: {
    title: 'triage.q.degraded.title',
    explain: 'triage.q.degraded.explain',
    examples: 'triage.q.degraded.examples',
    short: 'triage.q.degraded.short',
  },
  'feature-question': {
    title: 'triage.q.feature-question.title',
    explain: 'triage.q.feature-question.explain',
    examples: 'triage.q.feature-question.examples',
    short: 'triage.q.feature-question.short',
  },
  information: {
    title: 'triage.q.information.title',
    explain: 'triage.q.information.explain',
    examples: 'triage.q.information.examples',
    short: 'triage.q.information.short',
  },
};

/** The option a stored answer corresponds to, if any. */
export function optionFor(
  question: TriageQuestion,
  value: AnswerValue | undefined,
): AnswerOption | undefined {
  if (value === undefined) return undefined;
  return QUESTION_OPTIONS[question].find((option) => option.value === value);
}

/** Sets one answer, keeping the others (triage drops those that no longer apply). */
export function withAnswer(
  answers: TriageAnswers,
  question: TriageQuestion,
  value: AnswerValue,
): TriageAnswers {
  return { ...answers, [question]: value };
}
