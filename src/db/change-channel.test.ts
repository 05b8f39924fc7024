import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeChannel, parseChangeMessage, type ChangeMessage } from './change-channel';
import type { DbTarget } from './db-target';
import { createSettingsRepo } from './settings-repo';
import { dropTarget, freshTarget } from './test-target';
import { createTicketsRepo } from './tickets-repo';

let target: DbTarget;
let otherTab: BroadcastChannel;
let received: unknown[];

beforeEach(() => {
  target = freshTarget('channel');
  otherTab = new BroadcastChannel(target.channel.name);
  received = [];
  otherTab.onmessage = (event: MessageEvent) => {
    received.push(event.data);
  };
});

afterEach(async () => {
  otherTab.close();
  await dropTarget(target);
});

describe('change channel', () => {
  it('tells other tabs which store changed after a committed write', async () => {
    await createSettingsRepo(target).updateSettings({ theme: 'dark' });
    await vi.waitFor(() => {
      expect(received).toEqual([{ scope: 'settings' }]);
    });
  });

  it('names the ticket written, and announces nothing for a refused write', async () => {
    const tickets = createTicketsRepo(target);
    await tickets
      .createTicket({ accountId: 'missing', title: 'x', description: '', priority: 'P3' }, 0)
      .catch(() => undefined);
    target.channel.post({ scope: 'accounts' });
    await vi.waitFor(() => {
      expect(received).toEqual([{ scope: 'accounts' }]);
    });
  });

  it('delivers other tabs’ messages to subscribers, and stops after unsubscribe', async () => {
    const seen: ChangeMessage[] = [];
    const stop = target.channel.subscribe((message) => seen.push(message));
    otherTab.postMessage({ scope: 'tickets', ids: ['T-2026-000001'] });
    await vi.waitFor(() => {
      expect(seen).toEqual([{ scope: 'tickets', ids: ['T-2026-000001'] }]);
    });
    stop();
    const probe = new BroadcastChannel(target.channel.name);
    const probed: unknown[] = [];
    probe.onmessage = (event: MessageEvent) => probed.push(event.data);
    otherTab.postMessage({ scope: 'accounts' });
    await vi.waitFor(() => {
      expect(probed).toEqual([{ scope: 'accounts' }]);
    });
    probe.close();
    expect(seen).toHaveLength(1);
  });

  it('does not echo a tab’s own messages back to it', async () => {
    const seen: ChangeMessage[] = [];
    const stop = target.channel.subscribe((message) => seen.push(message));
    target.channel.post({ scope: 'policies' });
    await vi.waitFor(() => {
      expect(received).toEqual([{ scope: 'policies' }]);
    });
    expect(seen).toEqual([]);
    stop();
  });

  it('is one channel per name in a tab', () => {
    expect(changeChannel(target.channel.name)).toBe(target.channel);
  });
});

describe('parseChangeMessage', () => {
  it('keeps known scopes and string ids, and rejects anything else', () => {
    expect(parseChangeMessage({ scope: 'tickets', ids: ['a'] })).toEqual({
      scope: 'tickets',
      ids: ['a'],
    });
    expect(parseChangeMessage({ scope: 'tickets', ids: [1] })).toEqual({ scope: 'tickets' });
    expect(parseChangeMessage({ scope: 'everything' })).toBeNull();
    expect(parseChangeMessage('tickets')).toBeNull();
  });
});
