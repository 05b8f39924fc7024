import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeDataError } from '../../../queries/data-errors';
import type { AccountRecord } from '../../../queries/data-types';
import { useCreateTicket } from '../../../queries/ticket-mutations';
import type { Policy, Priority } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { dataErrorText } from '../../../shared/i18n/data-error-text';
import { AccountSelect } from '../../../widgets/ticket/account-select';
import { PriorityChoice } from '../../../widgets/ticket/priority-choice';
import { alertBox, primaryButton, secondaryButton } from '../../../shared/ui/form-classes';
import { TextField } from '../../../shared/ui/text-field';

interface NewTicketFormProps {
  accounts: readonly AccountRecord[];
  policy: Policy;
  initialAccountId: string;
}

interface FieldErrors {
  account?: string;
  title?: string;
}

/** Account, priority, title and description; on success, opens the new ticket. */
export function NewTicketForm({ accounts, policy, initialAccountId }: NewTicketFormProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateTicket({ errorsShownInline: true });
  const [accountId, setAccountId] = useState(initialAccountId);
  const [priority, setPriority] = useState<Priority>(policy.defaultPriority);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (accountId === '') next.account = t('newTicket.error.account');
    if (title.trim() === '') next.title = t('newTicket.error.title');
    setErrors(next);
    if (next.account !== undefined || next.title !== undefined) {
      const firstInvalid = next.account === undefined ? 'ticket-title' : 'ticket-account';
      formRef.current?.querySelector<HTMLElement>(`#${firstInvalid}`)?.focus();
      return;
    }
    create.mutate(
      { accountId, priority, title: title.trim(), description: description.trim() },
      {
        onSuccess: (ticket) => {
          void navigate(`/tickets/${encodeURIComponent(ticket.id)}`);
        },
      },
    );
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="mt-6 max-w-2xl space-y-6">
      <AccountSelect
        accounts={accounts}
        policy={policy}
        value={accountId}
        error={errors.account}
        onChange={setAccountId}
      />
      <PriorityChoice
        value={priority}
        defaultPriority={policy.defaultPriority}
        onChange={setPriority}
      />
      <TextField
        id="ticket-title"
        label={t('newTicket.ticketTitle')}
        value={title}
        onChange={setTitle}
        error={errors.title}
      />
      <TextField
        label={t('newTicket.description')}
        hint={t('newTicket.descriptionHint')}
        rows={5}
        value={description}
        onChange={setDescription}
      />
      {create.isError && (
        <p role="alert" className={alertBox}>
          {t('newTicket.errorSummary')} {dataErrorText(t, describeDataError(create.error))}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={create.isPending} className={primaryButton}>
          {create.isPending ? t('newTicket.submitting') : t('newTicket.submit')}
        </button>
        <button
          type="button"
          onClick={() => {
            void navigate('/tickets');
          }}
          className={secondaryButton}
        >
          {t('newTicket.cancel')}
        </button>
      </div>
    </form>
  );
}
