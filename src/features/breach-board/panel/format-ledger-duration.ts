import type { Translate } from '../../../shared/i18n/translate';

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
] as const;

/**
 * An exact length of time with every unit it needs, so a ledger's stretches visibly add up:
 * "2 d 3 h 15 min", "45 min", "1 h 0 min 30 s" is written "1 h 30 s". Sub-second rests are
 * dropped; zero is "0 min".
 */
export function formatLedgerDuration(ms: number, t: Translate, locale: string): string {
  const number = new Intl.NumberFormat(locale);
  let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const value = Math.floor(rest / size);
    rest -= value * size;
    if (value > 0) parts.push(t(`countdown.unit.${unit}`, { value: number.format(value) }));
  }
  return parts.length === 0
    ? t('countdown.unit.minute', { value: number.format(0) })
    : parts.join(' ');
}
