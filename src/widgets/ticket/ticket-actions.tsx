import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { describeDataError } from '../../queries/data-errors';
import type { AccountRecord, TicketRecord } from '../../queries/data-types';
import { useTicketAction } from '../../queries/ticket-mutations';
import { ticketKeys } from '../../queries/ticket-queries';
import {
  allowedTicketActions,
  ticketState,
  type Policy,
  type TicketAction,
  type TicketActionType,
} from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';
import { dataErrorText } from '../../shared/i18n/data-error-text';
import { useAgentName } from './use-agent-name';
import { MessageComposer } from './message-composer';
import { PriorityChangeForm } from './priority-change-form';
import { alertBox, secondaryButton } from '../../shared/ui/form-classes';

interface TicketActionsProps {
  ticket: TicketRecord;
  account: AccountRecord | undefined;
  policy: Policy;
  formatDateTime: (ms: number) => string;
  /** The level of the "Actions" heading where the block sits (2 on the ticket page). */
  headingLevel?: 2 | 3;
}

const STATUS_ACTIONS = [
  'wait-on-customer',
  'resume',
  'mark-restored',
  'resolve',
  'reopen',
] as const;

/** Every action the rules allow on the ticket now; refusals are shown here in plain words. */
export function TicketActions({
  ticket,
  account,
  policy,
  formatDateTime,
  headingLevel = 2,
}: TicketActionsProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const { t } = useI18n();
  const client = useQueryClient();
  const author = useAgentName();
  const mutation = useTicketAction({ errorsShownInline: true });
  const [done, setDone] = useState<TicketActionType | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const allowed = new Set(allowedTicketActions(ticketState(ticket)));

  const run = (action: TicketAction, onDone?: () => void) => {
    setDone(null);
    mutation.mutate(
      { ticketId: ticket.id, action, author },
      {
        onSuccess: () => {
          setDone(action.type);
          onDone?.();
        },
        // Another tab may have changed the ticket: show its latest state with the refusal.
        onError: () => {
          void client.invalidateQueries({ queryKey: ticketKeys.detail(ticket.id) });
        },
      },
    );
  };
  const runFromButton = (action: TicketAction) => {
    run(action, () => headingRef.current?.focus());
  };
  const refusal = mutation.isError ? describeDataError(mutation.error) : null;

  return (
    <section aria-labelledby="actions-title" className="space-y-5">
      <Heading
        id="actions-title"
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-bold focus:outline-none"
      >
        {t('actions.title')}
      </Heading>
      <div
        aria-live="polite"
        className="text-sm font-semibold text-emerald-800 dark:text-emerald-300"
      >
        {done && !mutation.isPending ? t(`actions.done.${done}`) : ''}
      </div>
      {refusal && (
        <p role="alert" className={alertBox}>
          {t('actions.refused', { reason: dataErrorText(t, refusal) })}
          {refusal.kind === 'refused' && ` ${t('actionProblem.changedElsewhere')}`}
        </p>
      )}
      {(allowed.has('reply') || allowed.has('note')) && (
        <MessageComposer
          canReply={allowed.has('reply')}
          canNote={allowed.has('note')}
          isPending={mutation.isPending}
          onSubmit={run}
        />
      )}
      <div role="group" aria-label={t('actions.status')} className="flex flex-wrap gap-2">
        {STATUS_ACTIONS.filter((type) => allowed.has(type)).map((type) => (
          <button
            key={type}
            type="button"
            disabled={mutation.isPending}
            className={secondaryButton}
            onClick={() => {
              runFromButton({ type });
            }}
          >
            {t(`actions.${type}`)}
          </button>
        ))}
      </div>
      {allowed.has('change-priority') && (
        <PriorityChangeForm
          ticket={ticket}
          account={account}
          policy={policy}
          isPending={mutation.isPending}
          formatDateTime={formatDateTime}
          headingLevel={headingLevel === 3 ? 4 : 3}
          onSubmit={run}
        />
      )}
    </section>
  );
}
