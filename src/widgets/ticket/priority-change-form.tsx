import { useState, type FormEvent } from 'react';
import { useNow } from '../../clock/use-now';
import type { AccountRecord, TicketRecord } from '../../queries/data-types';
import { PRIORITIES, type Policy, type Priority, type TicketAction } from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';
import { evaluateTicketAt } from './evaluate-ticket-at';
import { PriorityPreview } from './priority-preview';
import { fieldError, fieldLabel, secondaryButton, textInput } from '../../shared/ui/form-classes';
import { TextField } from '../../shared/ui/text-field';

interface PriorityChangeFormProps {
  ticket: TicketRecord;
  account: AccountRecord | undefined;
  policy: Policy;
  isPending: boolean;
  formatDateTime: (ms: number) => string;
  onSubmit: (action: TicketAction, onDone: () => void) => void;
  /** The level of the form's heading (3 on the ticket page). */
  headingLevel?: 3 | 4;
}

const isPriority = (value: string): value is Priority => PRIORITIES.some((p) => p === value);

/** A new priority with a required reason, previewing each metric's due instant before saving. */
export function PriorityChangeForm(props: PriorityChangeFormProps) {
  const { ticket, account, policy, isPending, formatDateTime, onSubmit, headingLevel = 3 } = props;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  const { t } = useI18n();
  const nowMs = useNow(60_000);
  const [to, setTo] = useState<Priority | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ to?: string; reason?: string }>({});
  const current = ticket.currentPriority;
  const preview =
    to === ''
      ? null
      : {
          current: evaluateTicketAt(ticket, account, policy, nowMs),
          next: evaluateTicketAt(ticket, account, policy, nowMs, [
            { type: 'priority', at: new Date(Math.max(nowMs, ticket.updatedAt)), to },
          ]),
        };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      to: to === '' || to === current ? t('priorityChange.error.to') : undefined,
      reason: reason.trim() === '' ? t('priorityChange.error.reason') : undefined,
    };
    setErrors(next);
    if (next.to !== undefined || next.reason !== undefined || to === '') {
      document.getElementById(next.to === undefined ? 'priority-reason' : 'priority-to')?.focus();
      return;
    }
    onSubmit({ type: 'change-priority', to, reason: reason.trim() }, () => {
      setTo('');
      setReason('');
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="priority-change-title">
      <Heading id="priority-change-title" className="font-bold">
        {t('priorityChange.title')}
      </Heading>
      <label htmlFor="priority-to" className={`mt-2 ${fieldLabel}`}>
        {t('priorityChange.to')}
      </label>
      <select
        id="priority-to"
        value={to}
        aria-invalid={errors.to !== undefined}
        aria-describedby="priority-to-error"
        onChange={(event) => {
          const value = event.target.value;
          setTo(isPriority(value) ? value : '');
        }}
        className={textInput}
      >
        <option value="">{t('priorityChange.choose')}</option>
        {PRIORITIES.filter((priority) => priority !== current).map((priority) => (
          <option key={priority} value={priority}>
            {t('newTicket.priorityOption', { priority, label: t(`priority.${priority}.label`) })}
          </option>
        ))}
      </select>
      <p id="priority-to-error" className={fieldError}>
        {errors.to}
      </p>
      <TextField
        id="priority-reason"
        className="mt-2"
        label={t('priorityChange.reason')}
        hint={t('priorityChange.reasonHint')}
        rows={2}
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      {to !== '' && preview?.current && preview.next && (
        <PriorityPreview
          caption={t('priorityChange.preview', { priority: to })}
          current={preview.current}
          next={preview.next}
          formatDateTime={formatDateTime}
        />
      )}
      <button type="submit" disabled={isPending} className={`mt-3 ${secondaryButton}`}>
        {t('priorityChange.submit')}
      </button>
    </form>
  );
}
