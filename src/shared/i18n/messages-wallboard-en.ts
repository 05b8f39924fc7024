/** English text of wallboard mode and the board's opt-in alerts. */
export const messagesWallboardEn = {
  'wallboard.documentTitle': 'Wallboard · SLA Board',
  'wallboard.title': 'Breach board',
} as const;
