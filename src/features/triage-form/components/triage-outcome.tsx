import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { accountQueries } from '../../../queries/account-queries';
import { settingsQueries } from '../../../queries/settings-queries';
import { TIER_IDS, type Policy, type TriageProgress, type TriageResult } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { triageSummary } from '../model/triage-summary';
import { CopySummary } from './copy-summary';
import { isRuledOutOfP1 } from '../model/is-ruled-out-of-p1';
import { NotP1Note } from './not-p1-note';
import { PhoneInstruction } from './phone-instruction';
import { ResultSummary } from './result-summary';
import { SaveTicket } from './save-ticket';
import { WhatToExpect, type PlanChoice } from './what-to-expect';

interface TriageOutcomeProps {
  policy: Policy;
  progress: TriageProgress;
  result: TriageResult;
  focusOnMount: boolean;
  onBack: () => void;
}

/** Everything after the last answer: the recommendation, what to expect, save or copy. */
export function TriageOutcome({
  policy,
  progress,
  result,
  focusOnMount,
  onBack,
}: TriageOutcomeProps) {
  const { t } = useI18n();
  const settings = useQuery(settingsQueries.current());
  const accounts = useQuery(accountQueries.list());
  const [plan, setPlan] = useState<PlanChoice>({
    accountId: '',
    tier: TIER_IDS[0],
    region: Object.keys(policy.calendars)[0] ?? '',
  });
  const summary = triageSummary(progress, t);
  const accountList = accounts.data ?? [];

  return (
    <div className="space-y-5">
      <ResultSummary
        result={result}
        focusOnMount={focusOnMount}
        onBack={onBack}
        notice={
          result.reportByPhone ? (
            settings.isSuccess && <PhoneInstruction phone={settings.data.p1Phone} />
          ) : isRuledOutOfP1(result) ? (
            <NotP1Note answers={progress.answers} />
          ) : null
        }
      />
      <WhatToExpect
        policy={policy}
        priority={result.priority}
        accounts={accountList}
        plan={plan}
        onPlanChange={setPlan}
      />
      {accounts.isSuccess && (
        <SaveTicket
          policy={policy}
          result={result}
          summary={summary}
          accounts={accountList}
          accountId={plan.accountId}
        />
      )}
      <CopySummary summary={summary} />
    </div>
  );
}
