/**
 * Persistent storage and usage, where the browser supports them (StorageManager). Without
 * support, answers say so instead of guessing.
 */

export type PersistResult = 'persisted' | 'refused' | 'unsupported';

export interface StorageUsage {
  /** Bytes used by this origin, or null when the browser does not say. */
  usageBytes: number | null;
  /** Bytes this origin may use, or null when the browser does not say. */
  quotaBytes: number | null;
  /** Whether the browser promised not to evict this origin's data; null when unknown. */
  isPersisted: boolean | null;
}

/** The part of `navigator.storage` used here; injectable for tests. */
export type StorageManagerLike = Partial<
  Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>
>;

function browserStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser to keep this origin's data under storage pressure. Browsers may refuse
 * silently (Chrome decides by engagement; Firefox asks the person).
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<PersistResult> {
  if (!storage?.persist) return 'unsupported';
  if (storage.persisted && (await storage.persisted())) return 'persisted';
  return (await storage.persist()) ? 'persisted' : 'refused';
}

/** How much storage this origin uses, of how much, and whether it is persistent. */
export async function estimateStorage(
  storage: StorageManagerLike | undefined = browserStorage(),
): Promise<StorageUsage> {
  const estimate = storage?.estimate ? await storage.estimate() : {};
  const isPersisted = storage?.persisted ? await storage.persisted() : null;
  return {
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
    isPersisted,
  };
}
