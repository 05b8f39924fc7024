/**
 * The rows to show while the order is held (the lead's pointer or focus is in the list): the
 * rows still present keep the order they were shown in, and rows new to the list go after them,
 * in their own order. Each row is the fresh one, so its figures stay live; only positions hold.
 */
export function holdOrder<Row extends { id: string }>(
  shownIds: readonly string[],
  rows: readonly Row[],
): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const held: Row[] = [];
  for (const id of shownIds) {
    const row = byId.get(id);
    if (row) {
      held.push(row);
      byId.delete(id);
    }
  }
  for (const row of rows) if (byId.has(row.id)) held.push(row);
  return held;
}

/** Whether two lists show the same ids in the same order. */
export function isSameOrder(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((row, index) => row.id === b[index]?.id);
}
