import { createContext, useContext, useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** What the app frame shares with each screen so focus can follow a navigation. */
export interface RouteFocus {
  main: RefObject<HTMLElement | null>;
  /** True while a navigation waits for its screen to load before focus can move to its heading. */
  pending: RefObject<boolean>;
}

export const RouteFocusContext = createContext<RouteFocus | null>(null);

/**
 * Focuses the page's `<h1>` inside `main` (made focusable by script, not by tab order), else
 * `main` itself. Returns whether a heading took the focus.
 */
export function focusPageHeading(main: HTMLElement): boolean {
  const heading = main.querySelector('h1');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return true;
  }
  main.focus();
  return false;
}

/**
 * For the app frame: after a client-side navigation to another path, moves focus to the new
 * screen's heading, so keyboard and screen-reader users start on the new content. Nothing moves on
 * the first load or when only the query string changes (the board keeps its filters there, and
 * typing in a filter must keep the focus). A screen still loading takes the focus when it mounts
 * (`useFocusOnScreenMount`).
 */
export function useRouteFocus(main: RefObject<HTMLElement | null>): RouteFocus {
  const { pathname, key } = useLocation();
  const previousPathname = useRef(pathname);
  const pending = useRef(false);
  // The frame mounting after a client-side navigation (back from the wallboard, which has no
  // frame) is a navigation too; only the first load ('default' key) leaves the focus alone.
  const [isNavigatedTo] = useState(() => key !== 'default');
  useEffect(() => {
    const element = main.current;
    if (isNavigatedTo && element) pending.current = !focusPageHeading(element);
  }, [isNavigatedTo, main]);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const element = main.current;
    if (element) pending.current = !focusPageHeading(element);
  }, [pathname, main]);
  return { main, pending };
}

/** For each screen: once it has loaded after a navigation, its heading takes the focus. */
export function useFocusOnScreenMount(): void {
  const focus = useContext(RouteFocusContext);
  useEffect(() => {
    if (!focus?.pending.current) return;
    focus.pending.current = false;
    const element = focus.main.current;
    if (element) focusPageHeading(element);
  }, [focus]);
}
