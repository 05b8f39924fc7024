/** English text of app-wide storage problems: banners and background-failure notices. */
export const messagesStorageEn = {
  'storage.banner.blocked':
    'Another tab holds an older version of SLA Board open, so this one cannot update its data. Close the other SLA Board tabs.',
  'storage.banner.outdated':
    'This tab is out of date: SLA Board was updated in another tab. Reload to continue.',
  'storage.banner.reload': 'Reload',
  'storage.banner.failed':
    'Storage is unavailable in this browser mode (a private window, perhaps): nothing can be saved.',
  'storage.toast.label': 'Notices',
  'storage.toast.title': 'Something went wrong in the background',
  'storage.toast.dismiss': 'Dismiss',
  'storage.error.unavailable':
    'Browser storage is unavailable (private mode or blocked storage): nothing was saved.',
  'storage.error.quota':
    'Browser storage is full: nothing was written. Free some space or export and remove old data.',
  'storage.error.blocked': 'The update is blocked by another open SLA Board tab: close it.',
  'storage.error.version':
    'The stored data belongs to another version of SLA Board: reload the page.',
  'storage.error.aborted': 'The operation was interrupted: nothing was written. Try again.',
  'storage.error.unknown': 'Storage failed for an unknown reason: nothing was written.',
  'storage.error.refused': 'The change was refused ({problem}): nothing was written.',
  'storage.error.missing': '{entity} {id} no longer exists (deleted in another tab?).',
  'storage.error.unexpected': 'Unexpected error: {message}',
  'storage.entity.ticket': 'Ticket',
  'storage.entity.account': 'Account',
  'storage.entity.policy': 'Policy',
} as const;
