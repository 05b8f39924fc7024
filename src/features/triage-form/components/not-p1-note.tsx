import type { TriageAnswers } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { BanIcon } from '../../../shared/ui/icons';

/** Why non-production impact cannot be P1, and what to do if production turns out affected. */
export function NotP1Note({ answers }: { answers: TriageAnswers }) {
  const { t } = useI18n();
  return (
    <div
      role="note"
      aria-labelledby="triage-not-p1-title"
      className="rounded-lg border border-slate-400 bg-slate-50 p-4 sm:p-5 dark:border-slate-600 dark:bg-slate-800"
    >
      <h3 id="triage-not-p1-title" className="flex items-center gap-2 text-lg font-bold">
        <BanIcon className="size-5 shrink-0" />
        {t('triage.notP1.title')}
      </h3>
      <p className="mt-2">{t('triage.notP1.nonProduction')}</p>
      {answers.environment === 'unsure' && <p className="mt-2">{t('triage.notP1.unsure')}</p>}
    </div>
  );
}
