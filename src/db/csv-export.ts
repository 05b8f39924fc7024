/**
 * CSV export of tickets with their SLA state at export time, RFC 4180, safe to open in a
 * spreadsheet (see docs/export-format.md, "CSV export").
 *
 * Formula injection: a text cell that begins with `=`, `+`, `-`, `@`, a tab, CR or LF is
 * prefixed with `'`, so spreadsheets show it as text instead of running it. Numbers are typed
 * cells written by this module (never user text), so a negative number such as `-35` (minutes
 * overdue) is written bare and stays a number: it cannot hold a formula. The rule is decided by
 * the cell's type, never by what a string looks like, so the text "-35" in a title is neutralised.
 */
import {
  evaluateTicket,
  METRIC_IDS,
  toEngineEvents,
  type MetricId,
  type MetricStatus,
  type Policy,
} from '../sla';
import type { AccountRecord, TicketRecord } from './records';

/** A cell: text (neutralised and quoted as needed), a number (written as is), or empty. */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes `'` to text a spreadsheet would read as a formula. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as RFC 4180 writes it: quoted (with doubled quotes) when it holds `"`, `,`, CR or LF. */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseText(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text: comma-separated, CRLF line ends (also after the last row). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(formatCsvCell).join(',')).join('\r\n') + '\r\n';
}

const METRIC_LABELS: Record<MetricId, string> = {
  'first-response': 'first response',
  restoration: 'restoration',
  update: 'update',
};

/** The header row. */
export const TICKET_CSV_HEADERS: readonly string[] = [
  'id',
  'title',
  'account',
  'tier',
  'priority',
  'region',
  'status',
  'created at',
  ...METRIC_IDS.flatMap((metric) => {
    const label = METRIC_LABELS[metric];
    return [
      `${label} state`,
      `${label} due at`,
      `${label} remaining (minutes)`,
      `${label} breached`,
      `${label} breaches`,
    ];
  }),
];

const iso = (date: Date | undefined): string | null => (date ? date.toISOString() : null);

/** Whole minutes left, rounded down (so any overdue time is at least -1); empty once met. */
function remainingMinutes(status: MetricStatus): number | null {
  if (status.remainingMs === undefined || status.state === 'met' || status.state === 'none') {
    return null;
  }
  return Math.floor(status.remainingMs / 60_000) || 0;
}

function metricCells(status: MetricStatus): CsvCell[] {
  if (status.state === 'none') return ['none', null, null, null, null];
  return [
    status.state,
    iso(status.dueAt),
    remainingMinutes(status),
    status.state === 'breached' ? 'yes' : 'no',
    status.breaches,
  ];
}

export interface TicketsCsvOptions {
  policy: Policy;
  /** The instant of the export (epoch ms), from the clock service. */
  nowMs: number;
  /** For account names and "as agreed" cadences. */
  accounts: readonly AccountRecord[];
  /** Start with a UTF-8 byte-order mark so Excel reads accents right; default true. */
  byteOrderMark?: boolean;
}

/** One ticket's row, its metrics evaluated at `nowMs`. */
export function ticketCsvRow(
  ticket: TicketRecord,
  options: Omit<TicketsCsvOptions, 'accounts'> & { account?: AccountRecord },
): CsvCell[] {
  const statuses = evaluateTicket(
    {
      tier: ticket.tier,
      priority: ticket.priority,
      region: ticket.region,
      createdAt: new Date(ticket.createdAt),
      events: toEngineEvents(ticket.events),
      cadenceOverrides: options.account?.cadenceOverrides,
    },
    options.policy,
    new Date(options.nowMs),
  );
  return [
    ticket.id,
    ticket.title,
    options.account?.name ?? ticket.accountId,
    ticket.tier,
    ticket.currentPriority,
    ticket.region,
    ticket.status,
    new Date(ticket.createdAt).toISOString(),
    ...statuses.flatMap(metricCells),
  ];
}

/**
 * The tickets as CSV, with each metric's state at `nowMs`: state, due at (ISO 8601, UTC),
 * remaining whole minutes (negative when overdue), breached now (yes/no) and breaches so far.
 */
export function ticketsToCsv(tickets: readonly TicketRecord[], options: TicketsCsvOptions): string {
  const accounts = new Map(options.accounts.map((account) => [account.id, account]));
  const rows: CsvCell[][] = [[...TICKET_CSV_HEADERS]];
  for (const ticket of tickets) {
    rows.push(ticketCsvRow(ticket, { ...options, account: accounts.get(ticket.accountId) }));
  }
  return (options.byteOrderMark === false ? '' : '\uFEFF') + toCsv(rows);
}
