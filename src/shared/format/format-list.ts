/** Items joined the way `locale` writes a list: ["a", "b", "c"] → "a, b, and c" / "a, b et c". */
export function formatList(
  items: readonly string[],
  locale: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
