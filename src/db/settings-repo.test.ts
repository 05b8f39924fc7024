import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbTarget } from './db-target';
import { DEFAULT_SETTINGS, createSettingsRepo, type SettingsRepo } from './settings-repo';
import { dropTarget, freshTarget } from './test-target';
import { openSlaDb } from './open-db';

let target: DbTarget;
let repo: SettingsRepo;

beforeEach(() => {
  target = freshTarget('settings');
  repo = createSettingsRepo(target);
});
afterEach(() => dropTarget(target));

describe('settings repository', () => {
  it('answers the defaults while nothing is stored: English, system theme, built-in policy', async () => {
    expect(await repo.getSettings()).toEqual({
      id: 'settings',
      language: 'en',
      theme: 'system',
      p1Phone: '',
      activePolicyId: 'default',
      agentName: 'Agent',
    });
  });

  it('uses the given defaults while nothing is stored', async () => {
    expect(await repo.getSettings({ language: 'fr' })).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'fr',
    });
  });

  it('fills in the agent name for a row stored before it existed', async () => {
    await repo.updateSettings({ p1Phone: '112' });
    const oldRow = { ...(await repo.getSettings()) };
    delete oldRow.agentName;
    const db = await openSlaDb(target.dbName);
    await db.put('settings', oldRow);
    expect(await repo.getSettings()).toMatchObject({ p1Phone: '112', agentName: 'Agent' });
  });

  it('stores the alert preferences, and reads a row stored before they existed as all off', async () => {
    const oldRow = { ...(await repo.updateSettings({ p1Phone: '112' })) };
    expect(oldRow).not.toHaveProperty('alerts');
    expect((await repo.getSettings()).alerts).toBeUndefined();
    const alerts = { notifications: false, sound: true, titleCount: true };
    expect(await repo.updateSettings({ alerts })).toMatchObject({ p1Phone: '112', alerts });
    expect((await repo.getSettings()).alerts).toEqual(alerts);
  });

  it('puts a first partial write over the given defaults, and later ones over the stored row', async () => {
    const first = await repo.updateSettings({ p1Phone: '112' }, { language: 'fr', theme: 'dark' });
    expect(first).toMatchObject({ p1Phone: '112', language: 'fr', theme: 'dark' });
    const second = await repo.updateSettings({ agentName: 'Ana' }, { language: 'en' });
    expect(second).toMatchObject({ agentName: 'Ana', language: 'fr', theme: 'dark' });
  });

  it('merges updates into the stored row, which then wins over any defaults', async () => {
    await repo.updateSettings({ p1Phone: '+44 20 7946 0000' });
    const updated = await repo.updateSettings({ theme: 'dark' });

    expect(updated).toEqual({ ...DEFAULT_SETTINGS, p1Phone: '+44 20 7946 0000', theme: 'dark' });
    expect(await repo.getSettings({ language: 'fr' })).toEqual(updated);
  });
});
