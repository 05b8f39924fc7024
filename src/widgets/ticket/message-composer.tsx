import { useState } from 'react';
import type { TicketAction } from '../../sla';
import { useI18n } from '../../shared/i18n/use-i18n';
import { primaryButton, secondaryButton } from '../../shared/ui/form-classes';
import { TextField } from '../../shared/ui/text-field';

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
      <TextField
        id="action-message"
        label={t('actions.message')}
        hint={t('actions.messageHint')}
        rows={4}
        value={message}
        onChange={setMessage}
        error={isEmptyError ? t('actions.emptyMessage') : undefined}
      />
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
