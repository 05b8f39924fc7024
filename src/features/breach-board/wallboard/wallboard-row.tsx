import { memo } from 'react';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { BoardTicket } from '../model/board-ticket';
import { WallboardMetric } from './wallboard-metric';

interface WallboardRowProps {
  board: BoardTicket;
  nowMs: number;
}

/** One ticket on the wallboard: id, priority, title, account, then its three live metrics. */
export const WallboardRow = memo(function WallboardRow({ board, nowMs }: WallboardRowProps) {
  const { t } = useI18n();
  const { ticket } = board;
  return (
    <div className="grid h-full grid-rows-[auto_minmax(0,1fr)] gap-2 py-2 lg:grid-cols-[minmax(0,1.4fr)_repeat(3,minmax(0,1fr))] lg:grid-rows-1 lg:items-stretch lg:gap-3">
      <div className="flex min-w-0 flex-col justify-center gap-0.5">
        <p className="flex min-w-0 items-baseline gap-x-3 text-base sm:text-lg 2xl:text-2xl">
          <span className="shrink-0 font-mono font-bold">{ticket.id}</span>
          <span className="shrink-0 rounded border border-slate-400 px-1.5 font-bold">
            <span className="sr-only">{t('wallboard.row.priority')} </span>
            {ticket.currentPriority}
          </span>
          <span className="min-w-0 truncate text-slate-300">
            <span className="sr-only">{t('wallboard.row.account')} </span>
            {board.accountName ?? ticket.accountId}
          </span>
        </p>
        <p className="truncate text-lg font-semibold sm:text-xl 2xl:text-3xl">{ticket.title}</p>
      </div>
      {board.metrics ? (
        <div className="grid min-h-0 grid-cols-3 gap-1.5 sm:gap-2 lg:contents">
          {board.metrics.map((item) => (
            <WallboardMetric key={item.metric} item={item} nowMs={nowMs} />
          ))}
        </div>
      ) : (
        <p className="self-center text-slate-300 lg:col-span-3">{t('board.due.none')}</p>
      )}
    </div>
  );
});
