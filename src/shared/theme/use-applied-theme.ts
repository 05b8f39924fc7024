import { useEffect, useSyncExternalStore } from 'react';
import type { ThemePreference } from './theme-preference';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function darkMediaQuery(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
}

function subscribeToSystemTheme(listener: () => void): () => void {
  const query = darkMediaQuery();
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

const systemPrefersDark = () => darkMediaQuery()?.matches ?? false;

/**
 * Puts the chosen theme on the document: the `dark` class (Tailwind's dark variant) and
 * `color-scheme` (native controls and scrollbars). "system" follows the OS setting live.
 * Returns the theme in effect.
 */
export function useAppliedTheme(preference: ThemePreference): 'light' | 'dark' {
  const isSystemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false);
  const theme = preference === 'system' ? (isSystemDark ? 'dark' : 'light') : preference;
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('dark', theme === 'dark');
    root.style.colorScheme = theme;
  }, [theme]);
  return theme;
}
