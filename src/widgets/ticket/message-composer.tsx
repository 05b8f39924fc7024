import { useState } from 'react';
import type { TicketAction } from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';
import {
  fieldError,
  fieldHint,
  fieldLabel,
  primaryButton,
  secondaryButton,
  textInput,
} from '../../shared/ui/form-classes';

interface MessageComposerProps {
  canReply: boolean;
  canNote: boolean;
  isPending: boolean;
  onSubmit: (action: TicketAction, onDone: () => void) => void;
}

/** One message box with two ways out: a reply the customer sees, or an internal note. */
export function MessageComposer({ canReply, canNote, isPending, onSubmit }: MessageComposerProps) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const [isEmptyError, setIsEmptyError] = useState(false);
  const send = (type: 'reply' | 'note') => {
    if (message.trim() === '') {
      setIsEmptyError(true);
      document.getElementById('action-message')?.focus();
      return;
    }
    setIsEmptyError(false);
    onSubmit({ type, message: message.trim() }, () => {
      setMessage('');
    });
  };
  return (
    <div>
      <label htmlFor="action-message" className={fieldLabel}>
        {t('actions.message')}
      </label>
      <p id="action-message-hint" className={fieldHint}>
        {t('actions.messageHint')}
      </p>
      <textarea
        id="action-message"
        rows={4}
        value={message}
        aria-invalid={isEmptyError}
        aria-describedby="action-message-hint action-message-error"
        onChange={(event) => {
          setMessage(event.target.value);
        }}
        className={textInput}
      />
      <p id="action-message-error" className={fieldError}>
        {isEmptyError ? t('actions.emptyMessage') : ''}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {canReply && (
          <button
            type="button"
            disabled={isPending}
            className={primaryButton}
            onClick={() => {
              send('reply');
            }}
          >
            {t('actions.reply')}
          </button>
        )}
        {canNote && (
          <button
            type="button"
            disabled={isPending}
            className={secondaryButton}
            onClick={() => {
              send('note');
            }}
          >
            {t('actions.note')}
          </button>
        )}
      </div>
    </div>
  );
}
