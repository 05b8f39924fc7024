/**
 * Tells other tabs what changed after each committed write, over a BroadcastChannel.
 * A tab never receives its own messages: within a tab, one shared channel instance posts and
 * listens, and BroadcastChannel does not deliver to the sender.
 */

/** The BroadcastChannel name. DO NOT CHANGE without updating every open tab (reload). */
export const CHANGE_CHANNEL_NAME = 'sla-board-changes';

export type ChangeScope = 'tickets' | 'accounts' | 'settings' | 'policies';

const SCOPES: readonly ChangeScope[] = ['tickets', 'accounts', 'settings', 'policies'];

/** What changed: a store, and the ids written when known (absent: anything in it). */
export interface ChangeMessage {
  scope: ChangeScope;
  ids?: string[];
}

export type ChangeListener = (message: ChangeMessage) => void;

export interface ChangeChannel {
  readonly name: string;
  /** Announces a committed write to the other tabs. Never throws. */
  post(message: ChangeMessage): void;
  /** Calls `listener` for each change another tab announces; returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void;
}

/** A message from another tab, checked: it may come from another version of the app. */
export function parseChangeMessage(data: unknown): ChangeMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const scope = SCOPES.find((known) => known === record.scope);
  if (scope === undefined) return null;
  const ids = record.ids;
  if (Array.isArray(ids) && ids.every((id): id is string => typeof id === 'string')) {
    return { scope, ids };
  }
  return { scope };
}

const channels = new Map<string, ChangeChannel>();

/**
 * The change channel of this tab for `name` (one per name). Where BroadcastChannel does not
 * exist, posting does nothing and nothing is received.
 */
export function changeChannel(name: string = CHANGE_CHANNEL_NAME): ChangeChannel {
  let channel = channels.get(name);
  if (!channel) {
    channel = createChangeChannel(name);
    channels.set(name, channel);
  }
  return channel;
}

function createChangeChannel(name: string): ChangeChannel {
  const listeners = new Set<ChangeListener>();
  let shared: BroadcastChannel | null = null;
  const onMessage = (event: MessageEvent) => {
    const message = parseChangeMessage(event.data);
    if (message) for (const listener of [...listeners]) listener(message);
  };
  const isSupported = typeof BroadcastChannel !== 'undefined';
  return {
    name,
    post(message) {
      if (!isSupported) return;
      if (shared) {
        shared.postMessage(message);
        return;
      }
      // Nobody listens in this tab: a short-lived channel keeps no handle open.
      const once = new BroadcastChannel(name);
      once.postMessage(message);
      once.close();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (isSupported && !shared) {
        shared = new BroadcastChannel(name);
        shared.addEventListener('message', onMessage);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && shared) {
          shared.close();
          shared = null;
        }
      };
    },
  };
}
