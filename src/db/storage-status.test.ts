import { describe, expect, it, vi } from 'vitest';
import { estimateStorage, requestPersistentStorage } from './storage-status';

describe('requestPersistentStorage', () => {
  it('says unsupported where the browser has no StorageManager', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
  });

  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const result = await requestPersistentStorage({
      persisted: () => Promise.resolve(true),
      persist,
    });
    expect(result).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports what the browser answers', async () => {
    const persisted = () => Promise.resolve(false);
    expect(
      await requestPersistentStorage({ persisted, persist: () => Promise.resolve(true) }),
    ).toBe('persisted');
    expect(
      await requestPersistentStorage({ persisted, persist: () => Promise.resolve(false) }),
    ).toBe('refused');
  });
});

describe('estimateStorage', () => {
  it('reports usage, quota and persistence when the browser knows them', async () => {
    const usage = await estimateStorage({
      estimate: () => Promise.resolve({ usage: 1_024, quota: 1_000_000 }),
      persisted: () => Promise.resolve(true),
    });
    expect(usage).toEqual({ usageBytes: 1_024, quotaBytes: 1_000_000, isPersisted: true });
  });

  it('reports unknowns as null without StorageManager', async () => {
    expect(await estimateStorage(undefined)).toEqual({
      usageBytes: null,
      quotaBytes: null,
      isPersisted: null,
    });
  });
});
