import type { ReactNode } from 'react';
import type { Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import type { BoardTicket } from '../model/board-ticket';

const term = 'text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';

/** Who and what: account, plan and its promise, priority (and triage's advice), region, status. */
export function PanelFacts({ board, policy }: { board: BoardTicket; policy: Policy }) {
  const { t } = useI18n();
  const { ticket } = board;
  const recommended = ticket.recommendation?.priority;
  const isAgainst = recommended !== undefined && recommended !== ticket.currentPriority;
  const facts: [string, ReactNode][] = [
    [t('ticket.fact.account'), board.accountName ?? ticket.accountId],
    [
      t('ticket.fact.tier'),
      t('board.row.promise', {
        tier: t(`tier.${ticket.tier}`),
        promise: t(`promise.${policy.tiers[ticket.tier].promise}.short`),
      }),
    ],
    [
      t('ticket.fact.priority'),
      <span key="priority" className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{ticket.currentPriority}</span>
        {isAgainst ? (
          <strong className="flex items-center gap-1 rounded border border-amber-600 bg-amber-50 px-1.5 text-xs text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
            <span aria-hidden="true">⚠</span>
            {t('panel.fact.against', { priority: recommended })}
          </strong>
        ) : null}
      </span>,
    ],
    [t('ticket.fact.status'), t(`lifecycle.${ticket.status}`)],
    [
      t('ticket.fact.region'),
      board.timeZone ? `${board.regionName} (${board.timeZone})` : board.regionName,
    ],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
      {facts.map(([name, value]) => (
        <div key={name}>
          <dt className={term}>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
