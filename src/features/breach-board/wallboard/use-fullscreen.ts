import { useCallback, useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  document.addEventListener('fullscreenchange', listener);
  return () => {
    document.removeEventListener('fullscreenchange', listener);
  };
}

// Typed as always present, but absent where the API is not implemented (older browsers, jsdom).
const fullscreenElement = () => document.fullscreenElement as Element | null | undefined;
const isActiveNow = () => Boolean(fullscreenElement());
const isActiveOnServer = () => false;

export interface Fullscreen {
  /** Whether this browser lets the page go full screen (not in some frames and phones). */
  isSupported: boolean;
  isActive: boolean;
  /** Enters or leaves full screen; call it from a click (browsers require a user gesture). */
  toggle: () => void;
}

/** The browser's Fullscreen API for the whole page, entered only on the user's click. */
export function useFullscreen(): Fullscreen {
  const isActive = useSyncExternalStore(subscribe, isActiveNow, isActiveOnServer);
  const isSupported = (document.fullscreenEnabled as boolean | undefined) === true;
  const toggle = useCallback(() => {
    const request = fullscreenElement()
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    // A refusal (no user gesture, a frame without permission) leaves the page as it was.
    request.catch((error: unknown) => {
      console.warn('Full screen was refused', error);
    });
  }, []);
  return { isSupported, isActive, toggle };
}
