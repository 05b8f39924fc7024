/**
 * JSON import and export (docs/export-format.md): `parseExport` reads a file into records or
 * names its first problem (pure, writes nothing); `applyImport` writes records in one
 * transaction; `exportAll` reads everything into a file.
 */
import { ticketState } from '../sla';
import { changeChannel, type ChangeChannel } from './change-channel';
import { toDbError } from './db-errors';
import { inTransaction } from './db-target';
import { crossCheckExport } from './export-checks';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileSchema,
  type ExportData,
  type ParsedExportFile,
  serializeExport,
} from './export-format';
import type { AccountRecord, PolicyRecord, SettingsRecord, TicketRecord } from './records';
import type { SlaDatabase } from './open-db';
import { SETTINGS_KEY } from './schema';
import { DEFAULT_SETTINGS } from './settings-repo';
import {
  problem,
  type ImportProblem,
  type ImportProblemCode,
  type ImportProblemParams,
  type PathProblem,
} from './import-problem';
import { describeIssue, formatPath, shownValue } from './zod-messages';

export type {
  ImportProblem,
  ImportProblemCode,
  ImportProblemData,
  ImportProblemParams,
  ValueKind,
} from './import-problem';

export type ParseExportResult =
  { ok: true; value: ExportData } | { ok: false; problem: ImportProblem };

function failWith(found: PathProblem): ParseExportResult {
  return { ok: false, problem: { ...found, path: formatPath(found.path) } };
}

function fail<C extends ImportProblemCode>(
  path: string,
  code: C,
  params: ImportProblemParams[C],
  message: string,
): ParseExportResult {
  return failWith(problem(path === '' ? [] : [path], code, params, message));
}

const pathKey = (key: PropertyKey): string | number =>
  typeof key === 'number' ? key : String(key);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The header first, so that a wrong file or version gets one clear message. */
function headerProblem(json: unknown): ParseExportResult | null {
  if (!isObject(json)) {
    return fail('', 'not-an-export', {}, 'not an SLA Board export: expected a JSON object');
  }
  if (json.format !== EXPORT_FORMAT) {
    const message = (found: string) =>
      `not an SLA Board export: expected "${EXPORT_FORMAT}", found ${found}`;
    if (json.format === undefined) return fail('format', 'not-an-export', {}, message('missing'));
    return fail(
      'format',
      'wrong-format',
      { found: shownValue(json.format) },
      message(JSON.stringify(json.format)),
    );
  }
  const { version } = json;
  if (version === undefined) return fail('version', 'missing', {}, 'missing (required)');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'version',
      'bad-version',
      { found: shownValue(version) },
      `expected a version number, found ${JSON.stringify(version)}`,
    );
  }
  const versions = { version, supported: EXPORT_VERSION };
  if (version > EXPORT_VERSION) {
    return fail(
      'version',
      'newer-version',
      versions,
      `version ${version} was written by a newer SLA Board; this one reads version ${EXPORT_VERSION}`,
    );
  }
  if (version !== EXPORT_VERSION) {
    return fail(
      'version',
      'unsupported-version',
      versions,
      `unsupported version ${version}; this app reads version ${EXPORT_VERSION}`,
    );
  }
  return null;
}

function toTicketRecord(ticket: ParsedExportFile['tickets'][number]): TicketRecord {
  const state = ticketState(ticket);
  return { ...ticket, status: state.lifecycle, currentPriority: state.priority };
}

/** The parsed, cross-checked file as records. */
function toExportData(file: ParsedExportFile): ExportData {
  return {
    exportedAt: file.exportedAt,
    settings: { id: 'settings', ...file.settings },
    policies: file.policies.map((entry) => ({
      id: entry.policy.id,
      policy: entry.policy,
      updatedAt: entry.updatedAt,
    })),
    accounts: file.accounts,
    tickets: file.tickets.map(toTicketRecord),
  };
}

/**
 * Parses and checks an export file. Reports the first problem: a wrong header first, then the
 * first shape problem in file order (a missing field, a bad date, an unknown tier or priority),
 * then the first cross-reference problem in file order (a duplicated id, an unknown account,
 * region or policy, an invalid calendar, events out of order).
 *
 * @param text - the file's text (a leading byte-order mark is ignored)
 * @example
 * parseExport('{"format":"sla-board-export","version":2}')
 * // { ok: false, problem: { path: 'version', code: 'newer-version',
//   params: { version: 2, supported: 1 }, message: 'version 2 was written by a newer … ' } }
 */
export function parseExport(text: string): ParseExportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('', 'not-json', {}, `the file is not JSON (${reason})`);
  }
  const header = headerProblem(json);
  if (header) return header;
  const parsed = exportFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    if (!issue) return fail('', 'invalid', {}, 'is not valid');
    return failWith({ ...describeIssue(issue), path: issue.path.map(pathKey) });
  }
  const found = crossCheckExport(parsed.data);
  if (found) return failWith(found);
  return { ok: true, value: toExportData(parsed.data) };
}

/** What an import writes: tickets and accounts, and with a full export settings and policies. */
export interface ImportPayload {
  tickets: readonly TicketRecord[];
  accounts: readonly AccountRecord[];
  settings?: SettingsRecord;
  policies?: readonly PolicyRecord[];
}

export interface StoreCounts {
  added: number;
  replaced: number;
  skipped: number;
}

export interface ImportCounts {
  tickets: StoreCounts;
  accounts: StoreCounts;
  policies: StoreCounts;
  /** Whether the settings row was written. */
  settings: boolean;
}

export interface ApplyImportOptions {
  /** What happens to a ticket whose id is already stored. Accounts and policies are replaced. */
  existingTickets: 'skip' | 'replace';
  /** Where committed changes are announced to other tabs; default the app's channel. */
  channel?: ChangeChannel;
}

const IMPORT_STORES = ['tickets', 'accounts', 'settings', 'policies'] as const;
const ignore = (): undefined => undefined;

function putAll<T extends { id: string }>(
  store: { put(value: T): Promise<unknown> },
  records: readonly T[],
  existing: ReadonlySet<string>,
  onExisting: 'skip' | 'replace',
): StoreCounts {
  const counts: StoreCounts = { added: 0, replaced: 0, skipped: 0 };
  for (const record of records) {
    if (existing.has(record.id)) {
      if (onExisting === 'skip') {
        counts.skipped += 1;
        continue;
      }
      counts.replaced += 1;
    } else {
      counts.added += 1;
    }
    // Failures surface once, through the transaction (it aborts on any failed request).
    store.put(record).catch(ignore);
  }
  return counts;
}

/**
 * Writes an import in ONE readwrite transaction over all stores: either everything is written or,
 * on any failure, nothing (the transaction is aborted and the error thrown as a `DbError`).
 * Announces the committed change to other tabs.
 *
 * @example
 * const parsed = parseExport(text);
 * if (parsed.ok) await applyImport(db, parsed.value, { existingTickets: 'skip' });
 * // { tickets: { added: 12, replaced: 0, skipped: 3 }, accounts: …, policies: …, settings: true }
 */
export async function applyImport(
  db: SlaDatabase,
  value: ImportPayload,
  options: ApplyImportOptions,
): Promise<ImportCounts> {
  let counts: ImportCounts;
  try {
    const tx = db.transaction(IMPORT_STORES, 'readwrite');
    counts = await inTransaction(tx, async () => {
      const tickets = tx.objectStore('tickets');
      const accounts = tx.objectStore('accounts');
      const policies = tx.objectStore('policies');
      const [ticketIds, accountIds, policyIds] = await Promise.all([
        tickets.getAllKeys(),
        accounts.getAllKeys(),
        policies.getAllKeys(),
      ]);
      if (value.settings) tx.objectStore('settings').put(value.settings).catch(ignore);
      return {
        accounts: putAll(accounts, value.accounts, new Set(accountIds), 'replace'),
        policies: putAll(policies, value.policies ?? [], new Set(policyIds), 'replace'),
        tickets: putAll(tickets, value.tickets, new Set(ticketIds), options.existingTickets),
        settings: value.settings !== undefined,
      };
    });
  } catch (error) {
    throw toDbError(error);
  }
  announce(options.channel ?? changeChannel(), counts);
  return counts;
}

function announce(channel: ChangeChannel, counts: ImportCounts): void {
  const wrote = (store: StoreCounts) => store.added + store.replaced > 0;
  if (wrote(counts.tickets)) channel.post({ scope: 'tickets' });
  if (wrote(counts.accounts)) channel.post({ scope: 'accounts' });
  if (wrote(counts.policies)) channel.post({ scope: 'policies' });
  if (counts.settings) channel.post({ scope: 'settings' });
}

/**
 * Everything stored, as an export file's text (docs/export-format.md), read in one transaction.
 *
 * @param nowMs - the instant written as `exportedAt`, from the clock service
 */
export async function exportAll(db: SlaDatabase, nowMs: number): Promise<string> {
  try {
    const tx = db.transaction(IMPORT_STORES, 'readonly');
    const [tickets, accounts, policies, settings] = await Promise.all([
      tx.objectStore('tickets').getAll(),
      tx.objectStore('accounts').getAll(),
      tx.objectStore('policies').getAll(),
      tx.objectStore('settings').get(SETTINGS_KEY),
      tx.done,
    ]);
    return serializeExport({
      exportedAt: nowMs,
      settings: settings ?? DEFAULT_SETTINGS,
      policies,
      accounts,
      tickets,
    });
  } catch (error) {
    throw toDbError(error);
  }
}
