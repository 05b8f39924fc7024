/** English text of the /settings screen. */
export const messagesSettingsEn = {
  'nav.settings': 'Settings',
  'settingsPage.documentTitle': 'Settings · SLA Board',
  'settingsPage.title': 'Settings',
  'settingsPage.intro':
    'Settings are stored in this browser with the tickets, and travel with the JSON export.',
  'settingsPage.loading': 'Loading the settings…',
  'settingsPage.team': 'Team',
  'settingsPage.display': 'Display',
  'settingsPage.p1Phone': 'Phone number for P1 incidents',
  'settingsPage.p1PhoneHelp':
    'Shown to customers on the triage form when their problem is a P1, so they call instead of waiting for a reply. Leave empty to show no number.',
  'settingsPage.agentName': 'Your name',
  'settingsPage.agentNameHelp':
    'Written as the author of the replies, notes and changes you make on tickets.',
  'settingsPage.save': 'Save',
  'settingsPage.saved': 'Saved.',
  'settingsPage.saveFailed': 'Not saved: {reason}',
} as const;
