import { Link } from 'react-router';
import { useNow } from '../../../clock/use-now';
import type { AccountRecord } from '../../../queries/data-types';
import type { Policy } from '../../../sla';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { textLink } from '../../../shared/ui/form-classes';
import { TicketActions } from '../../../widgets/ticket/ticket-actions';
import { TicketTimeline } from '../../../widgets/ticket/ticket-timeline';
import { useDateTimeFormat } from '../../../widgets/ticket/use-date-time-format';
import type { BoardTicket } from '../model/board-ticket';
import { PanelFacts } from './panel-facts';
import { PanelMetric } from './panel-metric';
import { useTicketExplanation } from './use-ticket-explanation';

interface PanelBodyProps {
  board: BoardTicket;
  policy: Policy;
  account: AccountRecord | undefined;
}

const MINUTE_MS = 60_000;
const section = 'border-t border-slate-200 py-4 dark:border-slate-800';
const heading = 'text-lg font-bold';

/**
 * What the panel shows of a ticket. Its countdowns read the app's one clock (the board's
 * `useNow(1000)` source, no timer of their own); the ledger is recomputed once a minute at most.
 */
export function PanelBody({ board, policy, account }: PanelBodyProps) {
  const { t } = useI18n();
  const nowMs = useNow(1000);
  const formatDateTime = useDateTimeFormat();
  const { ticket } = board;
  const minuteMs = Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
  const explanations = useTicketExplanation(ticket, account, policy, minuteMs);
  const calendar = Object.hasOwn(policy.calendars, ticket.region)
    ? policy.calendars[ticket.region]
    : undefined;
  return (
    <>
      <section aria-labelledby="panel-facts" className="pb-4">
        <h3 id="panel-facts" className="sr-only">
          {t('panel.facts')}
        </h3>
        <PanelFacts board={board} policy={policy} />
        <p className="mt-3 text-sm">
          <Link to={`/tickets/${encodeURIComponent(ticket.id)}`} className={textLink}>
            {t('panel.openPage')}
          </Link>
        </p>
      </section>
      <section aria-labelledby="panel-sla" className={section}>
        <h3 id="panel-sla" className={heading}>
          {t('panel.sla')}
        </h3>
        {board.metrics ? (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {board.metrics.map((item) => (
              <PanelMetric
                key={item.metric}
                item={item}
                explanation={explanations?.find((e) => e.metric === item.metric)}
                nowMs={nowMs}
                calendar={calendar}
              />
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t('panel.sla.none')}</p>
        )}
      </section>
      <section className={section}>
        <TicketActions
          ticket={ticket}
          account={account}
          policy={policy}
          formatDateTime={formatDateTime}
          headingLevel={3}
        />
      </section>
      <section aria-labelledby="panel-timeline" className={section}>
        <h3 id="panel-timeline" className={`${heading} mb-3`}>
          {t('panel.timeline')}
        </h3>
        <TicketTimeline ticket={ticket} formatDateTime={formatDateTime} />
      </section>
    </>
  );
}
