import { createContext, useContext } from 'react';

/** Opens the board's panel on a ticket; `opener` gets the focus back when the panel closes. */
export type OpenTicketPanel = (ticketId: string, opener: HTMLElement | null) => void;

export const TicketPanelContext = createContext<OpenTicketPanel | null>(null);

/** The board's panel opener; null outside the board (a row drawn elsewhere shows no button). */
export function useOpenTicketPanel(): OpenTicketPanel | null {
  return useContext(TicketPanelContext);
}
