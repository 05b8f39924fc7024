/** The one settings row in IndexedDB, with defaults while it has never been written. */
import { appDbTarget, inTransaction, readFrom, writeTo, type DbTarget } from './db-target';
import type { SettingsRecord } from './records';
import { SETTINGS_KEY } from './schema';

/** What the app uses before anyone changed a setting. */
export const DEFAULT_SETTINGS: SettingsRecord = {
  id: SETTINGS_KEY,
  language: 'en',
  theme: 'system',
  p1Phone: '',
  activePolicyId: 'default',
  agentName: 'Agent',
};

export type SettingsPatch = Partial<Omit<SettingsRecord, 'id'>>;

export interface SettingsRepo {
  /** The stored settings, or `defaults` (DEFAULT_SETTINGS unless given) when none are stored. */
  getSettings(defaults?: SettingsPatch): Promise<SettingsRecord>;
  /**
   * Merges `patch` into the stored settings and stores the result. While nothing is stored yet,
   * the patch goes over `defaultsIfNew` (e.g. the language and theme this browser shows) over
   * DEFAULT_SETTINGS, so a first partial write does not store built-in defaults over them.
   */
  updateSettings(patch: SettingsPatch, defaultsIfNew?: SettingsPatch): Promise<SettingsRecord>;
}

export function createSettingsRepo(target: DbTarget = appDbTarget()): SettingsRepo {
  return {
    getSettings: (defaults = {}) =>
      readFrom(target, async (db) => {
        const stored = await db.get('settings', SETTINGS_KEY);
        // A row stored before a field existed gets that field's default (no version bump).
        return stored
          ? { ...DEFAULT_SETTINGS, ...stored }
          : { ...DEFAULT_SETTINGS, ...defaults, id: SETTINGS_KEY };
      }),
    updateSettings: (patch, defaultsIfNew = {}) =>
      writeTo(
        target,
        (db) => {
          const tx = db.transaction('settings', 'readwrite');
          return inTransaction(tx, async () => {
            const current = (await tx.store.get(SETTINGS_KEY)) ?? {
              ...DEFAULT_SETTINGS,
              ...defaultsIfNew,
            };
            const updated: SettingsRecord = {
              ...DEFAULT_SETTINGS,
              ...current,
              ...patch,
              id: SETTINGS_KEY,
            };
            await tx.store.put(updated);
            return updated;
          });
        },
        () => ({ scope: 'settings' }),
      ),
  };
}
