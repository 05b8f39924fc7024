import type { messagesTriageEn } from './messages-triage-en';

/** French text of the same area; same keys as the English file. */
export const messagesTriageFr = {
  'nav.triage': 'Triage',
  'triage.documentTitle': 'Quelle urgence ? · SLA Board',
  'triage.title': 'Quelle urgence ?',
} as const satisfies Record<keyof typeof messagesTriageEn, string>;
