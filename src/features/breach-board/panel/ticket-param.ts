/** The search parameter that holds the ticket open in the board's panel. */
export const TICKET_PARAM = 'ticket';

/** The ticket id in `params`, if any (blank counts as none). */
export function ticketParam(params: URLSearchParams): string | undefined {
  const raw = params.get(TICKET_PARAM);
  return raw === null || raw.trim() === '' ? undefined : raw;
}

/** `params` with the panel's ticket set (or removed, for undefined); the input is not changed. */
export function withTicketParam(params: URLSearchParams, id: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (id === undefined) next.delete(TICKET_PARAM);
  else next.set(TICKET_PARAM, id);
  return next;
}
