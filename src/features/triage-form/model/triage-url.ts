import { triage, type TriageAnswers, type TriageQuestion } from '../../../sla';
import { QUESTION_OPTIONS, optionFor, withAnswer } from './triage-questions';

/** The search parameter that carries the answers, so a link reproduces a triage. */
export const ANSWERS_PARAM = 'a';

const isQuestion = (name: string): name is TriageQuestion => name in QUESTION_OPTIONS;

/**
 * Reads answers written by `encodeAnswers` ("environment:production,service-down:yes").
 * Unknown questions or answers are ignored; answers off the triage path are dropped.
 */
export function decodeAnswers(text: string | null): TriageAnswers {
  if (text === null || text === '') return {};
  let answers: TriageAnswers = {};
  for (const pair of text.split(',')) {
    const [question = '', code] = pair.split(':');
    if (!isQuestion(question)) continue;
    const option = QUESTION_OPTIONS[question].find((candidate) => candidate.code === code);
    if (option) answers = withAnswer(answers, question, option.value);
  }
  return triage(answers).answers;
}

/** The answers as one search-parameter value, in the order of the triage path. */
export function encodeAnswers(answers: TriageAnswers): string {
  const progress = triage(answers);
  return progress.path
    .flatMap((question) => {
      const option = optionFor(question, progress.answers[question]);
      return option ? [`${question}:${option.code}`] : [];
    })
    .join(',');
}
