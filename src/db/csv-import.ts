/**
 * CSV import of tickets exported from another helpdesk: parse (papaparse, header row), propose a
 * column mapping from the headers (English and French), preview the first rows converted with
 * their problems, then build records for the rows without problems. Writing goes through
 * `applyImport` (one transaction).
 */
import Papa from 'papaparse';
import { PRIORITIES, TIER_IDS, type Policy, type Priority, type TierId } from '../sla';
import { parseCsvInstant, type DateOrder } from './csv-dates';
import {
  csvParseProblemCode,
  type CsvParseProblemCode,
  type CsvProblemCode,
  type CsvProblemData,
  type CsvProblemParams,
} from './csv-problem';
import type { ImportPayload } from './import-json';
import type { AccountRecord, EventRecord, TicketRecord } from './records';

export const CSV_FIELDS = [
  'id',
  'title',
  'description',
  'createdAt',
  'priority',
  'account',
  'tier',
  'region',
  'firstReplyAt',
  'restoredAt',
  'resolvedAt',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** For each field, the header of the column that holds it (absent: not in the file). */
export type ColumnMapping = Partial<Record<CsvField, string>>;

export type CsvRow = Record<string, string>;

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  /**
   * Rows papaparse could not read cleanly (e.g. a wrong number of cells), row as numbered below;
   * `message` is papaparse's, in English.
   */
  problems: { rowNumber: number; code: CsvParseProblemCode; message: string }[];
}

/** Reads CSV text with a header row (any common delimiter; a byte-order mark is ignored). */
export function parseCsv(text: string): CsvTable {
  const result = Papa.parse<CsvRow>(text.startsWith('\uFEFF') ? text.slice(1) : text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  return {
    headers: result.meta.fields ?? [],
    rows: result.data,
    problems: result.errors.map((error) => ({
      rowNumber: (error.row ?? 0) + 2,
      code: csvParseProblemCode(error.code),
      message: error.message,
    })),
  };
}

/** Lower case, no accents, words separated by one space. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

const SYNONYMS: Record<CsvField, readonly string[]> = {
  id: [
    'id',
    'ticket id',
    'ticket',
    'ticket number',
    'ticket no',
    'number',
    'no',
    'ref',
    'reference',
    'key',
    'issue key',
    'case number',
    'case id',
    'numero',
    'numero de ticket',
    'identifiant',
  ],
  title: ['title', 'subject', 'summary', 'titre', 'sujet', 'objet', 'resume', 'intitule'],
  description: ['description', 'details', 'body', 'message', 'contenu', 'detail'],
  createdAt: [
    'created',
    'created at',
    'created on',
    'creation date',
    'date created',
    'opened',
    'opened at',
    'date opened',
    'submitted',
    'date de creation',
    'cree le',
    'creation',
    'date d ouverture',
    'ouvert le',
    'date',
  ],
  priority: ['priority', 'severity', 'urgency', 'priorite', 'severite', 'urgence', 'prio'],
  account: [
    'account',
    'account name',
    'organization',
    'organisation',
    'company',
    'customer',
    'client',
    'compte',
    'societe',
    'entreprise',
  ],
  tier: [
    'tier',
    'plan',
    'support plan',
    'support level',
    'sla',
    'offre',
    'niveau',
    'niveau de support',
    'contrat',
  ],
  region: ['region', 'zone', 'geo', 'territory', 'territoire'],
  firstReplyAt: [
    'first reply',
    'first reply at',
    'first response',
    'first response at',
    'first responded at',
    'premiere reponse',
    'date de premiere reponse',
    'premiere intervention',
  ],
  restoredAt: [
    'restored',
    'restored at',
    'service restored',
    'workaround at',
    'retabli',
    'retabli le',
    'retablissement',
    'date de retablissement',
  ],
  resolvedAt: [
    'resolved',
    'resolved at',
    'closed',
    'closed at',
    'solved',
    'solved at',
    'resolution date',
    'date resolved',
    'resolu',
    'resolu le',
    'date de resolution',
    'ferme le',
    'date de cloture',
    'clos le',
  ],
};

/** How well a header names a field: exact synonym 100, contains a synonym as words 10 + length. */
function matchScore(header: string, field: CsvField): number {
  const text = normalise(header);
  let best = 0;
  for (const synonym of SYNONYMS[field]) {
    if (text === synonym) return 100;
    if (` ${text} `.includes(` ${synonym} `)) best = Math.max(best, 10 + synonym.length);
  }
  return best;
}

/**
 * A first guess of the mapping from the headers: each field takes the header that names it
 * best ("Created", "Date de création", "Subject"…), each header serves one field at most.
 */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const candidates: { field: CsvField; header: string; score: number }[] = [];
  for (const field of CSV_FIELDS) {
    for (const header of headers) {
      const score = matchScore(header, field);
      if (score > 0) candidates.push({ field, header, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const { field, header } of candidates) {
    if (mapping[field] !== undefined || used.has(header)) continue;
    mapping[field] = header;
    used.add(header);
  }
  return mapping;
}

const PRIORITY_WORDS: Record<Priority, readonly string[]> = {
  P1: [
    'p1',
    '1',
    'urgent',
    'critical',
    'critique',
    'highest',
    'blocker',
    'bloquant',
    'sev1',
    'sev 1',
    'severity 1',
    'emergency',
    'tres haute',
  ],
  P2: [
    'p2',
    '2',
    'high',
    'haut',
    'haute',
    'eleve',
    'elevee',
    'major',
    'majeur',
    'majeure',
    'sev2',
    'sev 2',
    'severity 2',
  ],
  P3: [
    'p3',
    '3',
    'medium',
    'normal',
    'normale',
    'moyen',
    'moyenne',
    'moderate',
    'sev3',
    'sev 3',
    'severity 3',
  ],
  P4: [
    'p4',
    '4',
    'low',
    'lowest',
    'faible',
    'basse',
    'bas',
    'minor',
    'mineur',
    'mineure',
    'trivial',
    'sev4',
    'sev 4',
    'severity 4',
  ],
};

/** "Urgent", "High", "P1", "1", "Haute"… as a priority; null when unknown. */
export function csvPriority(text: string): Priority | null {
  const value = normalise(text);
  return PRIORITIES.find((priority) => PRIORITY_WORDS[priority].includes(value)) ?? null;
}

const TIER_WORDS: Record<TierId, readonly string[]> = {
  standard: ['standard', 'basic', 'base'],
  premier: ['premier'],
  'premier-assurance': ['premier assurance', 'assurance'],
  'premier-plus': ['premier+', 'premier plus', 'premier +'],
  'premier-elite': ['premier elite', 'elite'],
};

/** "Premier Elite", "premier-plus", "Premier+"… as a tier id; null when unknown. */
export function csvTier(text: string): TierId | null {
  const value = normalise(text);
  return TIER_IDS.find((tier) => TIER_WORDS[tier].includes(value)) ?? null;
}

const REGION_ALIASES: Record<string, readonly string[]> = {
  amer: ['americas', 'america', 'na', 'north america', 'us', 'usa', 'latam', 'ameriques'],
  emea: ['europe', 'eu', 'europe middle east africa', 'middle east', 'africa'],
  apac: ['asia', 'asia pacific', 'asiapac', 'asie', 'asie pacifique', 'oceania'],
};

/** A region id of the policy from its id, its name or a common alias; null when unknown. */
export function csvRegion(text: string, policy: Policy): string | null {
  const value = normalise(text);
  for (const calendar of Object.values(policy.calendars)) {
    const names = [calendar.id, calendar.name, ...(REGION_ALIASES[calendar.id] ?? [])];
    if (names.some((name) => normalise(name) === value)) return calendar.id;
  }
  return null;
}

export type {
  CsvParseProblemCode,
  CsvProblemCode,
  CsvProblemData,
  CsvProblemParams,
} from './csv-problem';

export interface CsvImportContext {
  policy: Policy;
  /** The accounts already stored: the account column is matched on their names and ids. */
  accounts: readonly AccountRecord[];
  /** The import instant (epoch ms): `updatedAt` of the tickets; dates after it are refused. */
  nowMs: number;
  /** Zone of date-times written without an offset; default 'UTC'. */
  timeZone?: string;
  /** How to read "01/02/2026" (see `guessDateOrder`); default 'dmy'. */
  dateOrder?: DateOrder;
  /** Region of tickets whose row and account give none. */
  defaultRegion?: string;
  /** Prefix of ids made for rows without one (`CSV-2`, `CSV-3`… by row); default 'CSV-'. */
  idPrefix?: string;
  /** Author of the imported events; default 'system'. */
  author?: string;
}

/** A row problem: the field at fault ('row' for the row as a whole), what, and in English. */
export type CsvRowProblem = CsvProblemData & {
  field: CsvField | 'row';
  message: string;
};

/** Builds a row problem with its params typed by its code. */
function rowProblem<C extends CsvProblemCode>(
  field: CsvField | 'row',
  code: C,
  params: CsvProblemParams[C],
  message: string,
): CsvRowProblem {
  return { field, code, params, message } as CsvRowProblem;
}

export interface ConvertedRow {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  rowNumber: number;
  /** The ticket, or null when the row has problems. */
  ticket: TicketRecord | null;
  problems: CsvRowProblem[];
}

export interface CsvConversion {
  rows: ConvertedRow[];
  /** Accounts to create for account names not stored yet (rows that give a tier). */
  newAccounts: AccountRecord[];
}

function slug(name: string): string {
  return normalise(name).replace(/[^a-z0-9]+/g, '-') || 'account';
}

/** Resolves accounts by name or id, making new ones (once each) for rows that give a tier. */
class AccountBook {
  private readonly byKey = new Map<string, AccountRecord>();
  private readonly ids = new Set<string>();
  readonly created: AccountRecord[] = [];

  constructor(accounts: readonly AccountRecord[]) {
    for (const account of accounts) {
      this.byKey.set(normalise(account.name), account);
      this.byKey.set(account.id, account);
      this.ids.add(account.id);
    }
  }

  find(name: string): AccountRecord | undefined {
    return this.byKey.get(name.trim()) ?? this.byKey.get(normalise(name));
  }

  create(name: string, tier: TierId, region: string): AccountRecord {
    let id = `acc-csv-${slug(name)}`;
    for (let n = 2; this.ids.has(id); n += 1) id = `acc-csv-${slug(name)}-${String(n)}`;
    const account: AccountRecord = { id, name, tier, region };
    this.ids.add(id);
    this.byKey.set(normalise(name), account);
    this.created.push(account);
    return account;
  }
}

type Problems = CsvRowProblem[];

function cell(row: CsvRow, mapping: ColumnMapping, field: CsvField): string {
  const header = mapping[field];
  return header === undefined ? '' : (row[header] ?? '').trim();
}

function instant(
  row: CsvRow,
  field: CsvField,
  mapping: ColumnMapping,
  context: CsvImportContext,
  problems: Problems,
): number | null {
  const text = cell(row, mapping, field);
  if (text === '') return null;
  const ms = parseCsvInstant(text, context);
  if (ms === null) {
    problems.push(
      rowProblem(field, 'bad-date', { value: text }, `"${text}" is not a date this import reads`),
    );
  } else if (ms > context.nowMs) {
    problems.push(rowProblem(field, 'future-date', { value: text }, `"${text}" is in the future`));
  }
  return ms;
}

interface RowParts {
  id: string;
  title: string;
  priority: Priority;
  tier: TierId;
  region: string;
  account: AccountRecord;
}

function resolveParts(
  row: CsvRow,
  rowNumber: number,
  mapping: ColumnMapping,
  context: CsvImportContext,
  book: AccountBook,
  problems: Problems,
): RowParts | null {
  const id =
    mapping.id === undefined
      ? `${context.idPrefix ?? 'CSV-'}${rowNumber}`
      : cell(row, mapping, 'id');
  if (id === '') problems.push(rowProblem('id', 'missing', {}, 'missing id'));
  const title = cell(row, mapping, 'title');
  if (title === '') problems.push(rowProblem('title', 'missing', {}, 'missing title'));
  const priorityText = cell(row, mapping, 'priority');
  const priority = priorityText === '' ? context.policy.defaultPriority : csvPriority(priorityText);
  if (!priority) {
    problems.push(
      rowProblem(
        'priority',
        'unknown-priority',
        { value: priorityText },
        `unknown priority "${priorityText}" (use P1–P4, Urgent, High, Medium or Low)`,
      ),
    );
  }
  const tierText = cell(row, mapping, 'tier');
  const rowTier = tierText === '' ? null : csvTier(tierText);
  if (tierText !== '' && !rowTier) {
    problems.push(
      rowProblem('tier', 'unknown-tier', { value: tierText }, `unknown tier "${tierText}"`),
    );
  }
  const regionText = cell(row, mapping, 'region');
  const rowRegion = regionText === '' ? null : csvRegion(regionText, context.policy);
  if (regionText !== '' && !rowRegion) {
    const known = Object.keys(context.policy.calendars);
    problems.push(
      rowProblem(
        'region',
        'unknown-region',
        { value: regionText, known },
        `unknown region "${regionText}" (known: ${known.join(', ')})`,
      ),
    );
  }
  const accountName = cell(row, mapping, 'account');
  let account = accountName === '' ? undefined : book.find(accountName);
  const tier = rowTier ?? account?.tier;
  const region = rowRegion ?? account?.region ?? context.defaultRegion;
  if (!account && tier && region && problems.length === 0) {
    account =
      book.find(accountName || `Imported ${tier} ${region}`) ??
      book.create(accountName || `Imported ${tier} ${region}`, tier, region);
  }
  if (!account && !tier) {
    problems.push(
      accountName === ''
        ? rowProblem('account', 'missing-account-or-tier', {}, 'missing account or tier')
        : rowProblem(
            'account',
            'unknown-account',
            { value: accountName },
            `unknown account "${accountName}" (map a tier column to create it)`,
          ),
    );
  }
  if (!region && tier) problems.push(rowProblem('region', 'missing', {}, 'missing region'));
  if (!account || !tier || !region || !priority || problems.length > 0) return null;
  return { id, title, priority, tier, region, account };
}

function importedEvents(
  times: { reply: number | null; restored: number | null; resolved: number | null },
  author: string,
): EventRecord[] {
  const events: EventRecord[] = [];
  if (times.reply !== null)
    events.push({
      id: '',
      type: 'reply',
      at: times.reply,
      author,
      message: 'First reply (imported from CSV).',
    });
  if (times.restored !== null)
    events.push({
      id: '',
      type: 'restored',
      at: times.restored,
      author,
      message: 'Service restored (imported from CSV).',
    });
  if (times.resolved !== null)
    events.push({
      id: '',
      type: 'resolved',
      at: times.resolved,
      author,
      message: 'Resolved (imported from CSV).',
    });
  return events
    .sort((a, b) => a.at - b.at)
    .map((event, index) => ({ ...event, id: `e${index + 1}` }));
}

function checkOrder(
  createdAt: number,
  times: { reply: number | null; restored: number | null; resolved: number | null },
  problems: Problems,
): void {
  const fields = [
    ['firstReplyAt', times.reply],
    ['restoredAt', times.restored],
    ['resolvedAt', times.resolved],
  ] as const;
  for (const [field, ms] of fields) {
    if (ms !== null && ms < createdAt) {
      problems.push(rowProblem(field, 'before-creation', {}, 'is before the creation'));
    }
  }
  const { resolved } = times;
  if (resolved === null) return;
  if (times.reply !== null && times.reply > resolved) {
    problems.push(rowProblem('firstReplyAt', 'after-resolution', {}, 'is after the resolution'));
  }
  if (times.restored !== null && times.restored > resolved) {
    problems.push(rowProblem('restoredAt', 'after-resolution', {}, 'is after the resolution'));
  }
}

/** Converts one row (its number as a spreadsheet shows it) into a ticket or its problems. */
function convertRow(
  row: CsvRow,
  rowNumber: number,
  mapping: ColumnMapping,
  context: CsvImportContext,
  book: AccountBook,
  seenIds: Map<string, number>,
): ConvertedRow {
  const problems: Problems = [];
  const createdAt = instant(row, 'createdAt', mapping, context, problems);
  if (createdAt === null && cell(row, mapping, 'createdAt') === '') {
    problems.push(rowProblem('createdAt', 'missing', {}, 'missing creation date'));
  }
  const times = {
    reply: instant(row, 'firstReplyAt', mapping, context, problems),
    restored: instant(row, 'restoredAt', mapping, context, problems),
    resolved: instant(row, 'resolvedAt', mapping, context, problems),
  };
  if (createdAt !== null) checkOrder(createdAt, times, problems);
  const parts = resolveParts(row, rowNumber, mapping, context, book, problems);
  if (parts) {
    const previous = seenIds.get(parts.id);
    if (previous !== undefined) {
      problems.push(
        rowProblem(
          'id',
          'duplicate-id',
          { id: parts.id, row: previous },
          `duplicated id "${parts.id}" (also on row ${previous})`,
        ),
      );
    } else {
      seenIds.set(parts.id, rowNumber);
    }
  }
  if (!parts || createdAt === null || problems.length > 0)
    return { rowNumber, ticket: null, problems };
  const events = importedEvents(times, context.author ?? 'system');
  const ticket: TicketRecord = {
    id: parts.id,
    title: parts.title,
    description: cell(row, mapping, 'description'),
    accountId: parts.account.id,
    tier: parts.tier,
    priority: parts.priority,
    region: parts.region,
    createdAt,
    status: times.resolved === null ? 'open' : 'resolved',
    currentPriority: parts.priority,
    events,
    updatedAt: context.nowMs,
  };
  return { rowNumber, ticket, problems };
}

/** Converts every row, in order (duplicated ids are found against the rows before). */
export function convertCsvRows(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  context: CsvImportContext,
): CsvConversion {
  const book = new AccountBook(context.accounts);
  const seenIds = new Map<string, number>();
  const converted = rows.map((row, index) =>
    convertRow(row, index + 2, mapping, context, book, seenIds),
  );
  const used = new Set(converted.flatMap((row) => (row.ticket ? [row.ticket.accountId] : [])));
  return { rows: converted, newAccounts: book.created.filter((account) => used.has(account.id)) };
}

export interface CsvPreview {
  /** The first `limit` rows, converted, with their problems. */
  rows: ConvertedRow[];
  totalRows: number;
  rowsWithProblems: number;
  /** Accounts the import would create. */
  newAccounts: AccountRecord[];
}

/**
 * What an import would do, before anything is written: the first rows converted with their
 * problems, and how many rows in all have problems.
 */
export function previewCsvImport(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  context: CsvImportContext & { limit?: number },
): CsvPreview {
  const conversion = convertCsvRows(rows, mapping, context);
  return {
    rows: conversion.rows.slice(0, context.limit ?? 20),
    totalRows: rows.length,
    rowsWithProblems: conversion.rows.filter((row) => row.problems.length > 0).length,
    newAccounts: conversion.newAccounts,
  };
}

/**
 * The records to write for the rows without problems (rows with problems are left out): pass
 * the result to `applyImport`.
 */
export function csvRowsToTickets(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  context: CsvImportContext,
): ImportPayload & { skippedRows: number } {
  const conversion = convertCsvRows(rows, mapping, context);
  const tickets = conversion.rows.flatMap((row) => (row.ticket ? [row.ticket] : []));
  return {
    tickets,
    accounts: conversion.newAccounts,
    skippedRows: rows.length - tickets.length,
  };
}
