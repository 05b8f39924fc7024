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
import {
  alertBox,
  fieldError,
  fieldHint,
  fieldLabel,
  primaryButton,
  secondaryButton,
  textInput,
} from '../../../shared/ui/form-classes';

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
      <div>
        <label htmlFor="ticket-title" className={fieldLabel}>
          {t('newTicket.ticketTitle')}
        </label>
        <input
          id="ticket-title"
          value={title}
          aria-invalid={errors.title !== undefined}
          aria-describedby="ticket-title-error"
          onChange={(event) => {
            setTitle(event.target.value);
          }}
          className={textInput}
        />
        <p id="ticket-title-error" className={fieldError}>
          {errors.title}
        </p>
      </div>
      <div>
        <label htmlFor="ticket-description" className={fieldLabel}>
          {t('newTicket.description')}
        </label>
        <p id="ticket-description-hint" className={fieldHint}>
          {t('newTicket.descriptionHint')}
        </p>
        <textarea
          id="ticket-description"
          rows={5}
          value={description}
          aria-describedby="ticket-description-hint"
          onChange={(event) => {
            setDescription(event.target.value);
          }}
          className={textInput}
        />
      </div>
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
