import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { describeDataError } from '../../../queries/data-errors';
import type { AccountRecord, TicketRecord } from '../../../queries/data-types';
import { useCreateTicket } from '../../../queries/ticket-mutations';
import type { Policy, Priority, TriageResult } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import {
  alertBox,
  fieldError,
  fieldLabel,
  panel,
  primaryButton,
  textInput,
  textLink,
} from '../../../shared/ui/form-classes';
import { dataErrorText } from '../../../shared/i18n/data-error-text';
import { PriorityChoice } from '../../../widgets/ticket/priority-choice';
import { TextField } from '../../../shared/ui/text-field';

interface SaveTicketProps {
  policy: Policy;
  result: TriageResult;
  summary: string;
  accounts: readonly AccountRecord[];
  accountId: string;
}

/** Saves the triage as a ticket: title, priority (the recommendation unless changed), summary. */
export function SaveTicket({ policy, result, summary, accounts, accountId }: SaveTicketProps) {
  const { t } = useI18n();
  const create = useCreateTicket({ errorsShownInline: true });
  const [title, setTitle] = useState('');
  const [priority, setPriority] = useState<Priority>(result.priority);
  const [errors, setErrors] = useState<{ account?: string; title?: string }>({});
  const [saved, setSaved] = useState<TicketRecord | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const account = accounts.find((candidate) => candidate.id === accountId);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (accounts.length === 0) {
    return (
      <section aria-labelledby="triage-save-title" className={panel}>
        <h2 id="triage-save-title" className="text-xl font-bold">
          {t('triage.save.title')}
        </h2>
        <p className="mt-2">
          {t('triage.save.noAccount')}{' '}
          <Link to="/accounts" className={textLink}>
            {t('triage.save.createAccount')}
          </Link>
        </p>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      account: account ? undefined : t('triage.save.errorAccount'),
      title: title.trim() === '' ? t('triage.save.errorTitle') : undefined,
    };
    setErrors(next);
    if (next.account !== undefined || next.title !== undefined || !account) {
      document.getElementById(next.account ? 'triage-account' : 'triage-title')?.focus();
      return;
    }
    create.mutate(
      {
        accountId: account.id,
        title: title.trim(),
        description: summary,
        priority,
        recommendation: { priority: result.priority, summary },
      },
      { onSuccess: setSaved },
    );
  };

  return (
    <section aria-labelledby="triage-save-title" className={panel}>
      <h2 id="triage-save-title" className="text-xl font-bold">
        {t('triage.save.title')}
      </h2>
      {saved ? (
        <div className="mt-3 rounded-md border border-emerald-700 bg-emerald-50 p-3 dark:border-emerald-400 dark:bg-emerald-950">
          <p ref={savedRef} tabIndex={-1} className="font-semibold">
            {t('triage.save.done', { id: saved.id })}
          </p>
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            <Link to={`/tickets/${encodeURIComponent(saved.id)}`} className={textLink}>
              {t('triage.save.openTicket', { id: saved.id })}
            </Link>
            <Link to={`/board?ticket=${encodeURIComponent(saved.id)}`} className={textLink}>
              {t('triage.save.openBoard')}
            </Link>
          </p>
        </div>
      ) : (
        <form noValidate onSubmit={submit} className="mt-3 space-y-5">
          {account && <p>{t('triage.save.account', { name: account.name })}</p>}
          <p id="triage-save-account-error" className={fieldError}>
            {errors.account}
          </p>
          <TextField
            id="triage-title"
            label={t('triage.save.ticketTitle')}
            hint={t('triage.save.ticketTitleHint')}
            value={title}
            onChange={setTitle}
            error={errors.title}
          />
          <PriorityChoice
            value={priority}
            defaultPriority={policy.defaultPriority}
            onChange={setPriority}
          />
          <p
            role="status"
            className={
              priority === result.priority
                ? 'text-sm text-slate-700 dark:text-slate-300'
                : 'rounded-md border border-amber-700 bg-amber-50 p-3 text-sm font-semibold text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100'
            }
          >
            {priority === result.priority
              ? t('triage.save.follows', { recommended: result.priority })
              : t('triage.save.against', { chosen: priority, recommended: result.priority })}
          </p>
          <div>
            <label htmlFor="triage-description" className={fieldLabel}>
              {t('triage.save.description')}
            </label>
            <textarea
              id="triage-description"
              readOnly
              rows={8}
              value={summary}
              className={`${textInput} bg-slate-50 text-sm dark:bg-slate-900`}
            />
          </div>
          {create.isError && (
            <p role="alert" className={alertBox}>
              {t('triage.save.failed')} {dataErrorText(t, describeDataError(create.error))}
            </p>
          )}
          <button type="submit" disabled={create.isPending} className={primaryButton}>
            {create.isPending ? t('triage.save.submitting') : t('triage.save.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
