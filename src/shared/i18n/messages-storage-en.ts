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
} as const;
