import { useCallback, useState, type RefCallback } from 'react';

/**
 * How many rows of a list fit in its height: the list's inner height over its first row's height
 * (rows share one height), measured again whenever the list is resized. Until it is measured, or
 * where layout is unknown, `initial` rows.
 */
export function useRowsThatFit(initial: number): {
  listRef: RefCallback<HTMLElement>;
  perPage: number;
} {
  const [perPage, setPerPage] = useState(initial);
  const listRef = useCallback((list: HTMLElement | null) => {
    if (!list) return undefined;
    const measure = () => {
      const row = list.firstElementChild;
      const rowPx = row instanceof HTMLElement ? row.offsetHeight : 0;
      const listPx = list.clientHeight;
      if (rowPx > 0 && listPx > 0) setPerPage(Math.max(1, Math.floor(listPx / rowPx)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => {
      observer.disconnect();
    };
  }, []);
  return { listRef, perPage };
}
