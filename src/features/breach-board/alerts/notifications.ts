/** What this browser allows: 'unsupported' where there is no Notification API. */
export type NotificationSupport = 'unsupported' | NotificationPermission;

const api = () =>
  typeof window !== 'undefined' && 'Notification' in window ? window.Notification : undefined;

export function notificationSupport(): NotificationSupport {
  return api()?.permission ?? 'unsupported';
}

/**
 * Asks for permission if the browser has not been asked yet. Call it from the click that turns
 * notifications on: browsers ignore (or penalise) a request made without a user gesture.
 */
export async function requestNotifications(): Promise<NotificationSupport> {
  const Notification = api();
  if (!Notification) return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

/** Shows one notification, if allowed (nothing otherwise); a click on it brings the board back. */
export function notify(title: string, body: string, tag: string): void {
  const Notification = api();
  if (Notification?.permission !== 'granted') return;
  const notification = new Notification(title, { body, tag, lang: document.documentElement.lang });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
}
