import type { Priority } from '../types';
import type {
  TriageAnswers,
  TriageProgress,
  TriageQuestion,
  TriageReason,
  TriageResult,
} from './triage-types';

const result = (
  priority: Priority,
  reasons: TriageReason[],
  cappedFromP1 = false,
): TriageResult => ({ priority, reasons, reportByPhone: priority === 'P1', cappedFromP1 });

/** The critical-impact branch: P1 without a workaround, unless the environment rules P1 out. */
function downResult(answers: TriageAnswers, reasons: TriageReason[]): TriageResult {
  const workaround = answers.workaround;
  if (workaround === 'full' || workaround === 'partial') {
    return result('P2', [...reasons, 'workaround-exists']);
  }
  const why: TriageReason[] = [
    ...reasons,
    workaround === 'unsure' ? 'workaround-unknown' : 'no-workaround',
  ];
  if (answers.environment === 'production') return result('P1', why);
  const cap =
    answers.environment === 'unsure' ? 'environment-unknown-not-p1' : 'non-production-not-p1';
  return result('P2', [...why, cap], true);
}

/**
 * Walks the triage questions in the policy's order with the answers given so far: which questions
 * are on the path, which comes next, and the recommended priority once the path is complete.
 * "I'm not sure" is always an answer: an unsure impact question moves on to the next one, an
 * unsure workaround counts as none, and when nothing matched the default priority (P3) applies.
 * Only confirmed production impact can be P1; development and beta work is always P4.
 * Pure: changing an earlier answer recomputes everything after it.
 *
 * @example
 * triage({ environment: 'production', 'service-down': true, workaround: 'none' }).result
 * // { priority: 'P1', reasons: ['service-down', 'no-workaround'], reportByPhone: true, … }
 */
export function triage(given: TriageAnswers, defaultPriority: Priority = 'P3'): TriageProgress {
  const path: TriageQuestion[] = [];
  const answers: TriageAnswers = {};
  const ask = <Q extends TriageQuestion>(question: Q): TriageAnswers[Q] | undefined => {
    path.push(question);
    const answer = given[question];
    if (answer !== undefined) answers[question] = answer;
    return answer;
  };
  const pending = (question: TriageQuestion): TriageProgress => ({
    path,
    next: question,
    answers,
    result: null,
  });
  const done = (outcome: TriageResult): TriageProgress => ({
    path,
    next: null,
    answers,
    result: outcome,
  });

  const environment = ask('environment');
  if (environment === undefined) return pending('environment');
  if (environment === 'development-or-beta') return done(result('P4', ['development-or-beta']));

  const down = ask('service-down');
  if (down === undefined) return pending('service-down');
  if (down === true) {
    if (ask('workaround') === undefined) return pending('workaround');
    return done(downResult(answers, ['service-down']));
  }
  const degraded = ask('degraded');
  if (degraded === undefined) return pending('degraded');
  if (degraded === true) return done(result('P2', ['degraded']));
  const featureQuestion = ask('feature-question');
  if (featureQuestion === undefined) return pending('feature-question');
  if (featureQuestion === true) return done(result('P3', ['feature-question']));
  const information = ask('information');
  if (information === undefined) return pending('information');
  if (information === true) return done(result('P4', ['information-request']));
  return done(result(defaultPriority, ['default-priority']));
}
