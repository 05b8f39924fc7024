import { describe, expect, it } from 'vitest';
import { PAGE_MS, wallboardPage } from './wallboard-paging';

const T = 1_772_442_000_000; // a multiple of 15 s

describe('wallboardPage', () => {
  it('shows one page when every row fits', () => {
    expect(wallboardPage(4, 10, T)).toEqual({ index: 0, count: 1, from: 0, to: 4 });
    expect(wallboardPage(0, 10, T + 7 * PAGE_MS)).toEqual({ index: 0, count: 1, from: 0, to: 0 });
  });

  it('turns the page every 15 s of clock time and starts over after the last', () => {
    const pages = [0, 1, 2, 3].map((n) => wallboardPage(25, 10, T + n * PAGE_MS));
    expect(pages.map((page) => [page.index, page.from, page.to])).toEqual([
      [0, 0, 10],
      [1, 10, 20],
      [2, 20, 25],
      [0, 0, 10],
    ]);
    expect(wallboardPage(25, 10, T + PAGE_MS - 1).index).toBe(0);
    expect(pages[0]?.count).toBe(3);
  });

  it('shows at least one row per page when none fits', () => {
    expect(wallboardPage(3, 0, T + PAGE_MS)).toEqual({ index: 1, count: 3, from: 1, to: 2 });
  });
});
