import { useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  parseCsv,
  parseExport,
  proposeMapping,
  useExportCsv,
  useExportJson,
  useImportCsv,
  useImportJson,
  useLoadDemoData,
} from './data-transfer';
import { ticketQueries } from './ticket-queries';
import { createTestData, type TestData } from './test-query-client';

let data: TestData;
beforeEach(() => {
  data = createTestData('transfer');
});
afterEach(() => data.cleanup());

function renderTransfer() {
  return renderHook(
    () => ({
      tickets: useQuery(ticketQueries.list()),
      exportJson: useExportJson(),
      exportCsv: useExportCsv(),
      importJson: useImportJson(),
      importCsv: useImportCsv(),
      demo: useLoadDemoData(),
    }),
    { wrapper: data.wrapper },
  );
}

describe('data transfer hooks', () => {
  it('loads demo data in one go and refreshes the ticket list', async () => {
    const { result } = renderTransfer();
    await waitFor(() => {
      expect(result.current.tickets.data).toEqual([]);
    });
    const counts = await act(() => result.current.demo.mutateAsync({ ticketCount: 25 }));
    expect(counts.tickets.added).toBe(25);
    await waitFor(() => {
      expect(result.current.tickets.data).toHaveLength(25);
    });
  });

  it('exports JSON stamped with the clock, which parses and re-imports (skip or replace)', async () => {
    const { result } = renderTransfer();
    await act(() => result.current.demo.mutateAsync({ ticketCount: 5 }));
    const text = await act(() => result.current.exportJson.mutateAsync());
    expect(JSON.parse(text)).toMatchObject({ exportedAt: '2026-03-02T09:00:00.000Z' });

    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const skipped = await act(() =>
      result.current.importJson.mutateAsync({ payload: parsed.value, existingTickets: 'skip' }),
    );
    expect(skipped.tickets).toEqual({ added: 0, replaced: 0, skipped: 5 });
    const replaced = await act(() =>
      result.current.importJson.mutateAsync({ payload: parsed.value, existingTickets: 'replace' }),
    );
    expect(replaced.tickets).toEqual({ added: 0, replaced: 5, skipped: 0 });
  });

  it('exports tickets as CSV with a header row and one row per ticket', async () => {
    const { result } = renderTransfer();
    await act(() => result.current.demo.mutateAsync({ ticketCount: 3 }));
    const csv = await act(() => result.current.exportCsv.mutateAsync());
    expect(csv.trim().split('\r\n')).toHaveLength(4);
  });

  it('imports the CSV rows without problems and counts the others', async () => {
    const table = parseCsv(
      'Ticket,Subject,Created,Priority,Tier,Region\n' +
        'X-1,Printer on fire,2026-03-01T10:00:00Z,High,Premier,emea\n' +
        'X-2,,not a date,Urgent,Premier,emea\n',
    );
    const mapping = proposeMapping(table.headers);
    const { result } = renderTransfer();
    const outcome = await act(() =>
      result.current.importCsv.mutateAsync({ rows: table.rows, mapping }),
    );
    expect(outcome.skippedRows).toBe(1);
    expect(outcome.counts.tickets.added).toBe(1);
    await waitFor(() => {
      expect(result.current.tickets.data?.map((ticket) => ticket.id)).toEqual(['X-1']);
    });
  });
});
