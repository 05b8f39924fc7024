import type { messagesPanelEn } from './messages-panel-en';

/** French text of the same area; same keys as the English file. */
export const messagesPanelFr = {} as const satisfies Record<keyof typeof messagesPanelEn, string>;
