/** English text of the guided triage form. */
export const messagesTriageEn = {
  'nav.triage': 'Triage',
  'triage.documentTitle': 'How urgent is it? · SLA Board',
  'triage.title': 'How urgent is it?',
} as const;
