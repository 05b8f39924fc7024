/**
 * A share as a percentage for `locale`: 0.25 → "25%" (en) / "25 %" (fr).
 * At most one decimal, so 0.125 → "12.5%".
 */
export function formatPercent(ratio: number, locale: string): string {
  if (!Number.isFinite(ratio)) throw new RangeError(`formatPercent expects a finite ratio`);
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  );
}
