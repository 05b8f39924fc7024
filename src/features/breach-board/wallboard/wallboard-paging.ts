/** How long the wallboard shows one page of rows before it turns to the next. */
export const PAGE_MS = 15_000;

export interface WallboardPage {
  /** 0-based index of the page shown. */
  index: number;
  /** How many pages there are (at least 1). */
  count: number;
  /** Indices of the first row shown and one past the last. */
  from: number;
  to: number;
}

/**
 * The page of rows the wallboard shows at `nowMs`: it turns every PAGE_MS on the clock's own
 * time, so every screen on the same clock shows the same page and no extra timer is needed.
 *
 * @param rowCount - rows in the view
 * @param perPage - rows that fit on the screen (at least 1 is shown)
 * @param nowMs - the clock's now, epoch ms
 */
export function wallboardPage(rowCount: number, perPage: number, nowMs: number): WallboardPage {
  return wallboardPageAt(rowCount, perPage, Math.floor(nowMs / PAGE_MS));
}

/**
 * Page `pageIndex` (wrapped into range, so any integer is a page) of the wallboard's rows: what
 * a paused wallboard shows, turned by hand.
 */
export function wallboardPageAt(
  rowCount: number,
  perPage: number,
  pageIndex: number,
): WallboardPage {
  const size = Math.max(1, Math.floor(perPage));
  const count = Math.max(1, Math.ceil(rowCount / size));
  const index = ((pageIndex % count) + count) % count;
  const from = index * size;
  return { index, count, from, to: Math.min(rowCount, from + size) };
}
