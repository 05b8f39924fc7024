import { afterEach, describe, expect, it } from 'vitest';
import {
  SETTINGS_STORAGE_KEY,
  createMemorySettingsStorage,
  localSettingsStorage,
  parseSettings,
} from './settings-storage';

afterEach(() => {
  window.localStorage.clear();
});

describe('parseSettings', () => {
  it('keeps valid fields and drops the rest', () => {
    expect(parseSettings({ locale: 'fr', theme: 'neon' })).toEqual({ locale: 'fr' });
    expect(parseSettings({ locale: 'de', theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(parseSettings('fr')).toEqual({});
    expect(parseSettings(null)).toEqual({});
  });
});

describe('localSettingsStorage', () => {
  it('round-trips settings through localStorage', () => {
    localSettingsStorage.save({ locale: 'fr', theme: 'dark' });
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_STORAGE_KEY) ?? '')).toEqual({
      locale: 'fr',
      theme: 'dark',
    });
    expect(localSettingsStorage.load()).toEqual({ locale: 'fr', theme: 'dark' });
  });

  it('loads nothing from an empty or corrupt entry', () => {
    expect(localSettingsStorage.load()).toEqual({});
    window.localStorage.setItem(SETTINGS_STORAGE_KEY, '{not json');
    expect(localSettingsStorage.load()).toEqual({});
  });
});

describe('createMemorySettingsStorage', () => {
  it('returns what was saved and records each save', () => {
    const storage = createMemorySettingsStorage({ locale: 'en' });
    expect(storage.load()).toEqual({ locale: 'en' });
    storage.save({ locale: 'fr', theme: 'light' });
    expect(storage.load()).toEqual({ locale: 'fr', theme: 'light' });
    expect(storage.saved).toEqual([{ locale: 'fr', theme: 'light' }]);
  });
});
