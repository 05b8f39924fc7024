/**
 * Import, export and demo data for features (which may not import src/db): the pure parsers
 * re-exported, and mutations that read or write through the client's data source. Every write
 * goes through `applyImport`: one transaction, all or nothing; then every query is refreshed.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useClock } from '../clock/use-clock';
import { ticketsToCsv } from '../db/csv-export';
import {
  csvRowsToTickets,
  type ColumnMapping,
  type CsvImportContext,
  type CsvRow,
} from '../db/csv-import';
import { readFrom, type DbTarget } from '../db/db-target';
import { generateDemoData } from '../db/demo-data';
import { applyImport, exportAll, type ImportCounts, type ImportPayload } from '../db/import-json';
import type { SlaDatabase } from '../db/open-db';
import type { DataSource } from '../db/data-source';
import { dataSourceOf } from './client-context';
import { mutationMeta, type MutationHookOptions } from './data-error-sink';
import { accountQueries } from './account-queries';
import { policyQueries } from './policy-queries';

export { parseExport } from '../db/import-json';
export type { ExportData } from '../db/export-format';
export type {
  ImportCounts,
  ImportPayload,
  ImportProblem,
  ImportProblemCode,
  ImportProblemData,
  ImportProblemParams,
  ParseExportResult,
  StoreCounts,
  ValueKind,
} from '../db/import-json';
export { CSV_FIELDS, parseCsv, previewCsvImport, proposeMapping } from '../db/csv-import';
export type {
  ColumnMapping,
  ConvertedRow,
  CsvField,
  CsvImportContext,
  CsvParseProblemCode,
  CsvPreview,
  CsvProblemCode,
  CsvProblemData,
  CsvProblemParams,
  CsvRow,
  CsvRowProblem,
  CsvTable,
} from '../db/csv-import';

export type ExistingTickets = 'skip' | 'replace';

const targetOf = (source: DataSource): DbTarget => ({
  dbName: source.dbName,
  channel: source.changes,
});

/** Runs `work` on the client's database; failures (opening included) become DbErrors. */
function withDb<T>(client: QueryClient, work: (db: SlaDatabase) => Promise<T>): Promise<T> {
  return readFrom(targetOf(dataSourceOf(client)), work);
}

function applyTo(client: QueryClient, payload: ImportPayload, existingTickets: ExistingTickets) {
  const source = dataSourceOf(client);
  return withDb(client, (db) =>
    applyImport(db, payload, { existingTickets, channel: source.changes }),
  );
}

/** What the CSV import converts against: the active policy, the stored accounts, now. */
async function csvContext(client: QueryClient, nowMs: number): Promise<CsvImportContext> {
  const [policy, accounts] = await Promise.all([
    client.fetchQuery(policyQueries.active()),
    dataSourceOf(client).accounts.listAccounts(),
  ]);
  return { policy, accounts, nowMs };
}

/** Everything stored, as the JSON export's text (docs/export-format.md), stamped with now. */
export function useExportJson(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  const clock = useClock();
  return useMutation({
    mutationKey: ['data', 'export-json'],
    meta: mutationMeta(options),
    mutationFn: () => withDb(client, (db) => exportAll(db, clock.now())),
  });
}

/** Every ticket as CSV with its SLA state now, under the active policy. */
export function useExportCsv(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  const clock = useClock();
  return useMutation({
    mutationKey: ['data', 'export-csv'],
    meta: mutationMeta(options),
    mutationFn: async () => {
      const source = dataSourceOf(client);
      const [policy, accounts, tickets] = await Promise.all([
        client.fetchQuery(policyQueries.active()),
        source.accounts.listAccounts(),
        source.tickets.listTickets(),
      ]);
      return ticketsToCsv(tickets, { policy, accounts, nowMs: clock.now() });
    },
  });
}

export interface ImportJsonVariables {
  /** A file parsed by `parseExport` (its `value`). */
  payload: ImportPayload;
  existingTickets: ExistingTickets;
}

/** Writes a parsed export in one transaction; refreshes every query. */
export function useImportJson(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['data', 'import-json'],
    scope: { id: 'import' },
    meta: mutationMeta(options),
    mutationFn: ({ payload, existingTickets }: ImportJsonVariables): Promise<ImportCounts> =>
      applyTo(client, payload, existingTickets),
    onSuccess: () => client.invalidateQueries(),
  });
}

/**
 * What a CSV preview converts against (the active policy, the stored accounts, the clock's now),
 * or undefined while they load. Pass it to `previewCsvImport`.
 */
export function useCsvImportContext(): CsvImportContext | undefined {
  const clock = useClock();
  const policy = useQuery(policyQueries.active());
  const accounts = useQuery(accountQueries.list());
  if (!policy.data || !accounts.data) return undefined;
  return { policy: policy.data, accounts: accounts.data, nowMs: clock.now() };
}

export interface CsvImportResult {
  counts: ImportCounts;
  /** Rows left out because they had problems. */
  skippedRows: number;
}

/** Writes the CSV rows without problems (and the accounts they name) in one transaction. */
export function useImportCsv(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  const clock = useClock();
  return useMutation({
    mutationKey: ['data', 'import-csv'],
    scope: { id: 'import' },
    meta: mutationMeta(options),
    mutationFn: async ({
      rows,
      mapping,
      existingTickets = 'skip',
    }: {
      rows: readonly CsvRow[];
      mapping: ColumnMapping;
      existingTickets?: ExistingTickets;
    }): Promise<CsvImportResult> => {
      const payload = csvRowsToTickets(rows, mapping, await csvContext(client, clock.now()));
      const counts = await applyTo(client, payload, existingTickets);
      return { counts, skippedRows: payload.skippedRows };
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

export interface LoadDemoDataVariables {
  ticketCount: number;
  /** Same seed, same data; default 42. */
  seed?: number;
}

/**
 * Generates demo tickets and accounts relative to the clock's now, under the active policy, and
 * writes them in one transaction. Stored tickets with the same ids are kept (skipped).
 */
export function useLoadDemoData(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  const clock = useClock();
  return useMutation({
    mutationKey: ['data', 'demo'],
    scope: { id: 'import' },
    meta: mutationMeta(options),
    mutationFn: async ({ ticketCount, seed = 42 }: LoadDemoDataVariables) => {
      const policy = await client.fetchQuery(policyQueries.active());
      const demo = generateDemoData({ seed, nowMs: clock.now(), ticketCount, policy });
      return applyTo(client, demo, 'skip');
    },
    onSuccess: () => client.invalidateQueries(),
  });
}
