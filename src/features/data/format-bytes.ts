const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "1.2 MB", "1,2 Mo": in kilobytes or more (no "0 byte"), the largest unit under 1,000. */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && value > 0 ? 1 : 0,
  }).format(value);
}
