import type { messagesWallboardEn } from './messages-wallboard-en';

/** French text of the same area; same keys as the English file. */
export const messagesWallboardFr = {
  'wallboard.documentTitle': 'Écran mural · SLA Board',
  'wallboard.title': 'Tableau des échéances',
} as const satisfies Record<keyof typeof messagesWallboardEn, string>;
