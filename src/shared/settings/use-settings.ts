import { useContext } from 'react';
import { SettingsContext, type SettingsValue } from './settings-context';

/** The display settings and their setters; throws outside a SettingsProvider (a wiring bug). */
export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (value === null) throw new Error('useSettings must be used inside a SettingsProvider.');
  return value;
}
