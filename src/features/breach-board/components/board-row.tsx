import { memo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { BoardTicket } from '../model/board-ticket';
import { DetailsButton } from '../panel/details-button';
import { textLink } from './board-classes';
import { MetricCell } from './metric-cell';

interface BoardRowProps {
  board: BoardTicket;
  nowMs: number;
}

const fact = 'whitespace-nowrap';

/** One ticket of the board: who and what, then its three live metrics. */
export const BoardRow = memo(function BoardRow({ board, nowMs }: BoardRowProps) {
  const { t } = useI18n();
  const { ticket } = board;
  const promise = board.tierPromise;
  const recommended = ticket.recommendation?.priority;
  return (
    <div className="grid gap-2 border-b border-slate-200 px-3 py-2 md:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))] md:items-start dark:border-slate-800">
      <div className="min-w-0">
        <p className="flex min-w-0 items-baseline gap-2">
          <Link
            to={`/tickets/${encodeURIComponent(ticket.id)}`}
            className={`shrink-0 font-mono text-sm ${textLink}`}
          >
            {ticket.id}
          </Link>
          <span className="min-w-0 flex-1 font-semibold md:truncate" title={ticket.title}>
            {ticket.title}
          </span>
          <DetailsButton ticketId={ticket.id} />
        </p>
        <p className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-700 dark:text-slate-300">
          <span className={fact}>{board.accountName ?? ticket.accountId}</span>
          <span className={fact}>
            {promise
              ? t('board.row.promise', {
                  tier: t(`tier.${ticket.tier}`),
                  promise: t(`promise.${promise}.short`),
                })
              : t(`tier.${ticket.tier}`)}
          </span>
          <span className={`${fact} font-semibold`}>
            <span className="sr-only">{t('board.row.priority')} </span>
            {ticket.currentPriority}
            {recommended ? (
              <span className="ml-1 font-normal">
                {recommended === ticket.currentPriority
                  ? `(${t('board.row.asTriaged')})`
                  : `(⚠ ${t('board.row.againstTriage', { priority: recommended })})`}
              </span>
            ) : null}
          </span>
          <span className={fact}>
            <span className="sr-only">{t('board.row.region')} </span>
            {board.regionName}
          </span>
          <span className={fact}>{t(`lifecycle.${ticket.status}`)}</span>
        </p>
      </div>
      {board.metrics ? (
        <div className="grid grid-cols-3 gap-1 md:contents">
          {board.metrics.map((item) => (
            <MetricCell
              ticketId={ticket.id}
              key={item.metric}
              item={item}
              nowMs={nowMs}
              timeZone={board.timeZone}
              regionName={board.regionName}
            />
          ))}
        </div>
      ) : (
        <p className="text-sm text-slate-600 md:col-span-3 dark:text-slate-400">
          {t('board.due.none')}
        </p>
      )}
    </div>
  );
});
