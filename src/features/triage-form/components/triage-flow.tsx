import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { triage, type Policy, type TriageAnswers, type TriageQuestion } from '../../../sla';
import { withAnswer, type AnswerValue } from '../model/triage-questions';
import { ANSWERS_PARAM, decodeAnswers, encodeAnswers } from '../model/triage-url';
import { AnswersSoFar } from './answers-so-far';
import { QuestionStep } from './question-step';
import { TriageOutcome } from './triage-outcome';

interface Step {
  /** The question on screen; null shows the first unanswered question, or the result. */
  question: TriageQuestion | null;
  /** Reached through "Change": Next goes back to where the person was, not step by step. */
  returnToEnd: boolean;
}

/**
 * The triage, one question at a time. The answers live in the URL (?a=…), so a link reproduces
 * the triage; `triage` from src/sla decides the path and the result.
 */
export function TriageFlow({ policy }: { policy: Policy }) {
  const [params, setParams] = useSearchParams();
  const encoded = params.get(ANSWERS_PARAM);
  const answers = useMemo(() => decodeAnswers(encoded), [encoded]);
  const progress = triage(answers, policy.defaultPriority);
  const [step, setStep] = useState<Step>({ question: null, returnToEnd: false });
  const [hasMoved, setHasMoved] = useState(false);
  const isOnPath = step.question !== null && progress.path.includes(step.question);
  const shown = isOnPath ? step.question : progress.next;
  const position = shown === null ? progress.path.length : progress.path.indexOf(shown);

  const go = (question: TriageQuestion | null, returnToEnd = false) => {
    setHasMoved(true);
    setStep({ question, returnToEnd });
  };
  const saveAnswers = (next: TriageAnswers) => {
    setParams(
      (current) => {
        const text = encodeAnswers(next);
        if (text === '') current.delete(ANSWERS_PARAM);
        else current.set(ANSWERS_PARAM, text);
        return current;
      },
      { replace: true },
    );
  };
  const answer = (question: TriageQuestion, value: AnswerValue) => {
    const next = triage(withAnswer(answers, question, value), policy.defaultPriority);
    saveAnswers(next.answers);
    if (step.returnToEnd) {
      go(null);
      return;
    }
    go(next.path[next.path.indexOf(question) + 1] ?? null);
  };
  const back = () => {
    const previous = progress.path[position - 1];
    if (previous !== undefined) go(previous);
  };

  return (
    <div className="mt-6 grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
      <div className="min-w-0">
        {shown !== null ? (
          <QuestionStep
            // New answers (Start over among them) mount a fresh step: its choice is reset and its
            // heading takes the focus, which the vanished "Start over" button had.
            key={`${shown}|${encoded ?? ''}`}
            question={shown}
            number={position + 1}
            answer={progress.answers[shown]}
            canGoBack={position > 0}
            focusOnMount={hasMoved}
            onAnswer={(value) => {
              answer(shown, value);
            }}
            onBack={back}
          />
        ) : (
          progress.result && (
            <TriageOutcome
              key={encoded}
              policy={policy}
              progress={progress}
              result={progress.result}
              focusOnMount={hasMoved}
              onBack={back}
            />
          )
        )}
      </div>
      <AnswersSoFar
        progress={progress}
        current={shown}
        onChange={(question) => {
          go(question, true);
        }}
        onStartOver={() => {
          saveAnswers({});
          go(null);
        }}
      />
    </div>
  );
}
