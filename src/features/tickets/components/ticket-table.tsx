import { useState } from 'react';
import type { AccountRecord, TicketRecord } from '../../../queries/data-types';
import { useNow } from '../../../clock/use-now';
import { METRIC_IDS, type Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { useDateTimeFormat } from '../../../widgets/ticket/use-date-time-format';
import { TicketRow } from './ticket-row';

/** Rows rendered at first and added by each "show more": keeps 10,000 tickets responsive. */
export const TICKET_PAGE_SIZE = 200;

interface TicketTableProps {
  tickets: readonly TicketRecord[];
  accounts: ReadonlyMap<string, AccountRecord>;
  policy: Policy;
}

const head = 'px-3 py-2 text-left align-bottom text-xs font-semibold tracking-wide uppercase';

/** Tickets as a plain table, the first TICKET_PAGE_SIZE of them, then more on request. */
export function TicketTable({ tickets, accounts, policy }: TicketTableProps) {
  const { t, locale } = useI18n();
  const nowMs = useNow(60_000);
  const formatDateTime = useDateTimeFormat();
  const [shownCount, setShownCount] = useState(TICKET_PAGE_SIZE);
  const shown = tickets.slice(0, shownCount);
  const remaining = tickets.length - shown.length;
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="mt-6">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full min-w-[56rem] text-sm">
          <caption className="sr-only">
            {t('tickets.caption', { count: number.format(tickets.length) })}
          </caption>
          <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
            <tr>
              <th scope="col" className={head}>
                {t('tickets.col.id')}
              </th>
              <th scope="col" className={head}>
                {t('tickets.col.account')}
              </th>
              <th scope="col" className={head}>
                {t('tickets.col.priority')}
              </th>
              <th scope="col" className={head}>
                {t('tickets.col.status')}
              </th>
              {METRIC_IDS.map((metric) => (
                <th key={metric} scope="col" className={head}>
                  {t(`metric.${metric}.name`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((ticket) => (
              <TicketRow
                key={ticket.id}
                ticket={ticket}
                account={accounts.get(ticket.accountId)}
                policy={policy}
                nowMs={nowMs}
                formatDateTime={formatDateTime}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-700 dark:text-slate-300">
        <p role="status">
          {t('tickets.showing', {
            shown: number.format(shown.length),
            total: number.format(tickets.length),
          })}
        </p>
        {remaining > 0 && (
          <button
            type="button"
            onClick={() => {
              setShownCount((count) => count + TICKET_PAGE_SIZE);
            }}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            {t('tickets.showMore', { count: number.format(Math.min(remaining, TICKET_PAGE_SIZE)) })}
          </button>
        )}
      </div>
    </div>
  );
}
