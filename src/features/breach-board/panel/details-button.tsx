import { useI18n } from '../../../shared/i18n/use-i18n';
import { focusRing } from '../components/board-classes';
import { useOpenTicketPanel } from './ticket-panel-context';

/** The "Details" button of a board row: opens the ticket panel (its name says which ticket). */
export function DetailsButton({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const open = useOpenTicketPanel();
  if (!open) return null;
  return (
    <button
      type="button"
      data-ticket-details={ticketId}
      aria-haspopup="dialog"
      aria-label={t('panel.detailsOf', { id: ticketId })}
      className={`shrink-0 rounded-md border border-slate-400 bg-white px-2 py-0.5 text-xs font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${focusRing}`}
      onClick={(event) => {
        open(ticketId, event.currentTarget);
      }}
    >
      {t('panel.details')}
    </button>
  );
}
