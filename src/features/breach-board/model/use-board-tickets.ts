import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useClock } from '../../../clock/use-clock';
import { accountQueries } from '../../../queries/account-queries';
import type { AccountRecord } from '../../../queries/data-types';
import { policyQueries } from '../../../queries/policy-queries';
import { ticketQueries } from '../../../queries/ticket-queries';
import type { Policy } from '../../../sla';
import { regionName } from '../../../shared/format/region-name';
import { useI18n } from '../../../shared/i18n/use-i18n';
import { buildBoardTickets, type BoardTicket } from './board-ticket';

export interface BoardData {
  /** Every ticket with its forecasts; null while loading or after a failure. */
  boards: readonly BoardTicket[] | null;
  policy: Policy | undefined;
  accounts: readonly AccountRecord[] | undefined;
  isError: boolean;
}

/**
 * The board's tickets with their forecasts, computed once per change of tickets, accounts or
 * policy (never per tick): what the board and the wallboard both read.
 */
export function useBoardTickets(): BoardData {
  const clock = useClock();
  const { t } = useI18n();
  const ticketsQuery = useQuery(ticketQueries.list());
  const accountsQuery = useQuery(accountQueries.list());
  const policyQuery = useQuery(policyQueries.active());
  const { data: tickets } = ticketsQuery;
  const { data: accounts } = accountsQuery;
  const { data: policy } = policyQuery;
  const boards = useMemo(() => {
    if (!tickets || !accounts || !policy) return null;
    const byId = new Map<string, AccountRecord>(accounts.map((a) => [a.id, a]));
    return buildBoardTickets(tickets, byId, policy, clock.now(), (regionId) =>
      regionName(policy, regionId, t),
    );
  }, [tickets, accounts, policy, clock, t]);
  const isError = ticketsQuery.isError || accountsQuery.isError || policyQuery.isError;
  return { boards, policy, accounts, isError };
}
