import { useEffect, useRef } from 'react';
import type { AccountRecord } from '../../../queries/data-types';
import type { Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { secondaryButton } from '../../../shared/ui/form-classes';
import type { BoardTicket } from '../model/board-ticket';
import { PanelBody } from './panel-body';

interface TicketPanelProps {
  ticketId: string;
  board: BoardTicket | undefined;
  policy: Policy;
  account: AccountRecord | undefined;
  /** Called once the dialog has closed (Escape, the Close button). */
  onClose: () => void;
}

/**
 * The board's ticket panel: a modal `<dialog>` (focus kept inside, Escape closes), full screen on
 * phones and a sheet on the right on wider screens.
 */
export function TicketPanel({ ticketId, board, policy, account, onClose }: TicketPanelProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  // A half-written reply, note or reason is not thrown away without asking.
  const close = () => {
    const dialog = ref.current;
    if (!dialog) return;
    const hasDraft = [...dialog.querySelectorAll('textarea')].some(
      (field) => field.value.trim() !== '',
    );
    if (hasDraft && !window.confirm(t('panel.discardDraft'))) return;
    dialog.close();
  };
  return (
    // Escape and a backdrop click are the dialog's own close requests, handled on the dialog.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
    <dialog
      ref={ref}
      aria-labelledby="ticket-panel-title"
      onClose={() => {
        // A close event can arrive after a remount reopened the dialog: only a closed one counts.
        if (ref.current?.open !== true) onClose();
      }}
      // A click on the backdrop lands on the dialog itself (its content fills it): close, as
      // Escape and the Close button do.
      onClick={(event) => {
        if (event.target === event.currentTarget) close();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
      className="m-0 h-dvh max-h-none w-full max-w-none overflow-hidden bg-white text-slate-900 backdrop:bg-slate-950/60 md:ml-auto md:w-[min(44rem,92vw)] md:border-l md:border-slate-300 dark:bg-slate-900 dark:text-slate-100 md:dark:border-slate-700"
    >
      <div className="flex h-full flex-col">
        <header className="flex items-start gap-3 border-b border-slate-200 px-4 py-3 sm:px-6 dark:border-slate-800">
          <h2 id="ticket-panel-title" className="min-w-0 flex-1 text-lg font-bold sm:text-xl">
            <span className="block font-mono text-sm font-semibold text-slate-600 dark:text-slate-400">
              {ticketId}
            </span>{' '}
            <span className="break-words">
              {board?.ticket.title ?? t('panel.label', { id: ticketId })}
            </span>
          </h2>
          <button type="button" className={secondaryButton} onClick={close}>
            {t('panel.close')}
          </button>
        </header>
        <div className="min-h-0 flex-1 overflow-y-auto px-4 py-4 sm:px-6">
          {board ? (
            <PanelBody board={board} policy={policy} account={account} />
          ) : (
            <p role="alert">{t('panel.notFound', { id: ticketId })}</p>
          )}
        </div>
      </div>
    </dialog>
  );
}
