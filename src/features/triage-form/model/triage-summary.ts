import type { TriageProgress } from '../../../sla';
import type { Translate } from '../../../shared/i18n/translate';
import { QUESTION_TEXT, optionFor } from './triage-questions';

/** "Where does the problem happen? Production", one line per answer on the path. */
export function answerLines(progress: TriageProgress, t: Translate): string[] {
  return progress.path.flatMap((question) => {
    const option = optionFor(question, progress.answers[question]);
    return option ? [`${t(QUESTION_TEXT[question].title)} ${t(option.label)}`] : [];
  });
}

/**
 * The triage as plain text, for a ticket's description or an e-mail: the recommendation, the
 * answers and the reasons, in the current language. Empty until the triage has a result.
 */
export function triageSummary(progress: TriageProgress, t: Translate): string {
  const result = progress.result;
  if (result === null) return '';
  const lines = [
    t('triage.summary.heading'),
    t('triage.summary.priority', {
      priority: result.priority,
      label: t(`priority.${result.priority}.label`),
    }),
    ...(result.reportByPhone ? [t('triage.summary.phone')] : []),
    '',
    t('triage.summary.answers'),
    ...answerLines(progress, t).map((line) => `- ${line}`),
    '',
    t('triage.summary.why'),
    ...result.reasons.map((reason) => `- ${t(`triage.reason.${reason}`)}`),
  ];
  return lines.join('\n');
}
