import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { AccountRecord } from '../../../queries/data-types';
import type { Policy } from '../../../sla';
import type { BoardTicket } from '../model/board-ticket';
import { TicketPanel } from './ticket-panel';
import { TicketPanelContext, type OpenTicketPanel } from './ticket-panel-context';
import { ticketParam, withTicketParam } from './ticket-param';

interface TicketPanelHostProps {
  boards: readonly BoardTicket[];
  policy: Policy;
  accounts: readonly AccountRecord[];
  children: ReactNode;
}

/** The Details button of `ticketId` on screen, if its row is drawn. */
function detailsButtonOf(ticketId: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('[data-ticket-details]')].find(
    (element) => element.dataset.ticketDetails === ticketId,
  );
}

/**
 * Gives the board's rows a way to open the ticket panel and shows it while `?ticket=<id>` is in
 * the URL (replacing history, so Back leaves the board). Closing gives the focus back to the
 * button that opened it, or to that ticket's Details button after a reload.
 */
export function TicketPanelHost({ boards, policy, accounts, children }: TicketPanelHostProps) {
  const [params, setParams] = useSearchParams();
  const ticketId = ticketParam(params);
  const openerRef = useRef<HTMLElement | null>(null);
  const setParamsRef = useRef(setParams);
  useEffect(() => {
    setParamsRef.current = setParams;
  }, [setParams]);
  const open = useCallback<OpenTicketPanel>((id, opener) => {
    openerRef.current = opener;
    setParamsRef.current((previous) => withTicketParam(previous, id), { replace: true });
  }, []);
  const close = useCallback(() => {
    setParamsRef.current((previous) => withTicketParam(previous, undefined), { replace: true });
    const opener = openerRef.current;
    openerRef.current = null;
    const target =
      opener?.isConnected === true ? opener : ticketId ? detailsButtonOf(ticketId) : undefined;
    if (target) {
      target.focus();
      return;
    }
    // The row is gone (resolved, filtered out, scrolled away): the page's heading, not <body>.
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }, [ticketId]);
  const board = useMemo(
    () => (ticketId === undefined ? undefined : boards.find((b) => b.ticket.id === ticketId)),
    [boards, ticketId],
  );
  const account = board ? accounts.find((a) => a.id === board.ticket.accountId) : undefined;
  return (
    <TicketPanelContext value={open}>
      {children}
      {ticketId === undefined ? null : (
        <TicketPanel
          key={ticketId}
          ticketId={ticketId}
          board={board}
          policy={policy}
          account={account}
          onClose={close}
        />
      )}
    </TicketPanelContext>
  );
}
