import { BAR_STYLE, type BarKind } from './bar-style';

/** A small square in a kind's pattern, for the legend and the ledger (decorative). */
export function LedgerSwatch({
  kind,
  className = 'size-3.5',
}: {
  kind: BarKind;
  className?: string;
}) {
  const { className: look, style } = BAR_STYLE[kind];
  return (
    <span
      aria-hidden="true"
      className={`inline-block rounded-sm border border-slate-500 ${look} ${className}`}
      style={style}
    />
  );
}
