import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../sla';
import {
  csvPriority,
  csvRowsToTickets,
  parseCsv,
  previewCsvImport,
  proposeMapping,
  type CsvImportContext,
} from './csv-import';
import { applyImport } from './import-json';
import { openSlaDb } from './open-db';
import type { AccountRecord } from './records';
import { dropTarget, freshTarget } from './test-target';

const NOW_MS = Date.parse('2026-03-12T12:00:00Z');
const accounts: AccountRecord[] = [
  { id: 'acc-cobalt', name: 'Cobalt Freight', tier: 'premier-plus', region: 'emea' },
];
const context: CsvImportContext = {
  policy: defaultPolicy,
  accounts,
  nowMs: NOW_MS,
  timeZone: 'Europe/Paris',
};

const FRENCH_CSV = [
  'Numéro;Sujet;Date de création;Priorité;Client;Niveau;Région;Première réponse;Rétabli le;Résolu le',
  'INC-1;Portail indisponible;10/03/2026 09:00;Urgent;Cobalt Freight;;;10/03/2026 09:20;10/03/2026 11:00;11/03/2026 10:00',
  'INC-2;Question SSO;10/03/2026 10:00;Moyenne;Nouvelle Société;Premier Elite;APAC;;;',
  'INC-3;;31/02/2026 10:00;Critique;Inconnue;;;;;',
  'INC-1;Doublon;10/03/2026 10:00;P9;Cobalt Freight;;;;;',
].join('\r\n');

describe('proposeMapping', () => {
  it('recognises English and French headers', () => {
    expect(proposeMapping(parseCsv(FRENCH_CSV).headers)).toEqual({
      id: 'Numéro',
      title: 'Sujet',
      createdAt: 'Date de création',
      priority: 'Priorité',
      account: 'Client',
      tier: 'Niveau',
      region: 'Région',
      firstReplyAt: 'Première réponse',
      restoredAt: 'Rétabli le',
      resolvedAt: 'Résolu le',
    });
    expect(
      proposeMapping(['Ticket ID', 'Subject', 'Created', 'Severity', 'Organization', 'Closed at']),
    ).toEqual({
      id: 'Ticket ID',
      title: 'Subject',
      createdAt: 'Created',
      priority: 'Severity',
      account: 'Organization',
      resolvedAt: 'Closed at',
    });
  });
});

describe('csvPriority', () => {
  it('maps the usual words and numbers', () => {
    expect(['Urgent', 'critical', 'P1', '1', 'Sev 1'].map(csvPriority)).toEqual(
      Array(5).fill('P1'),
    );
    expect(['High', 'Haute', '2'].map(csvPriority)).toEqual(['P2', 'P2', 'P2']);
    expect(['Normal', 'Moyen'].map(csvPriority)).toEqual(['P3', 'P3']);
    expect(['Low', 'Faible'].map(csvPriority)).toEqual(['P4', 'P4']);
    expect(csvPriority('P9')).toBeNull();
  });
});

describe('previewCsvImport', () => {
  it('converts the first rows and names each row problem before anything is written', () => {
    const table = parseCsv(FRENCH_CSV);
    const preview = previewCsvImport(table.rows, proposeMapping(table.headers), {
      ...context,
      limit: 3,
    });
    expect(preview.totalRows).toBe(4);
    expect(preview.rowsWithProblems).toBe(2);
    expect(preview.rows).toHaveLength(3);

    const [first, second, third] = preview.rows;
    expect(first?.problems).toEqual([]);
    expect(first?.ticket).toMatchObject({
      id: 'INC-1',
      accountId: 'acc-cobalt',
      tier: 'premier-plus',
      region: 'emea',
      priority: 'P1',
      status: 'resolved',
      createdAt: Date.parse('2026-03-10T08:00:00Z'),
    });
    expect(first?.ticket?.events.map((event) => [event.id, event.type])).toEqual([
      ['e1', 'reply'],
      ['e2', 'restored'],
      ['e3', 'resolved'],
    ]);
    expect(second?.ticket).toMatchObject({ tier: 'premier-elite', region: 'apac', priority: 'P3' });
    expect(preview.newAccounts).toEqual([
      {
        id: 'acc-csv-nouvelle-societe',
        name: 'Nouvelle Société',
        tier: 'premier-elite',
        region: 'apac',
      },
    ]);
    expect(third).toMatchObject({ rowNumber: 4, ticket: null });
    expect(third?.problems.map(({ field, code, params }) => ({ field, code, params }))).toEqual([
      { field: 'createdAt', code: 'bad-date', params: { value: '31/02/2026 10:00' } },
      { field: 'title', code: 'missing', params: {} },
      { field: 'account', code: 'unknown-account', params: { value: 'Inconnue' } },
    ]);
    expect(third?.problems.map((problem) => problem.message)).toEqual([
      '"31/02/2026 10:00" is not a date this import reads',
      'missing title',
      'unknown account "Inconnue" (map a tier column to create it)',
    ]);
  });

  it('flags unknown priorities, duplicated ids and dates in the wrong order', () => {
    const table = parseCsv(
      [
        'id,title,created,priority,tier,region,first reply,resolved',
        'A,One,2026-03-10 09:00,P1,standard,emea,2026-03-10 08:00,',
        'B,Two,2026-03-10 09:00,High,standard,emea,2026-03-11 09:00,2026-03-10 12:00',
        'A,Three,2026-03-10 09:00,P9,standard,emea,,',
        'C,Four,2026-03-20 09:00,P3,standard,emea,,',
      ].join('\n'),
    );
    const { rows } = previewCsvImport(table.rows, proposeMapping(table.headers), context);
    expect(rows.map((row) => row.problems)).toEqual([
      [
        {
          field: 'firstReplyAt',
          code: 'before-creation',
          params: {},
          message: 'is before the creation',
        },
      ],
      [
        {
          field: 'firstReplyAt',
          code: 'after-resolution',
          params: {},
          message: 'is after the resolution',
        },
      ],
      [
        {
          field: 'priority',
          code: 'unknown-priority',
          params: { value: 'P9' },
          message: 'unknown priority "P9" (use P1–P4, Urgent, High, Medium or Low)',
        },
      ],
      [
        {
          field: 'createdAt',
          code: 'future-date',
          params: { value: '2026-03-20 09:00' },
          message: '"2026-03-20 09:00" is in the future',
        },
      ],
    ]);
  });

  it('names unknown tiers and regions, missing accounts and duplicated ids', () => {
    const table = parseCsv(
      [
        'id,title,created,priority,account,tier,region',
        'A,One,2026-03-10 09:00,P2,,Gold,emea',
        'B,Two,2026-03-10 09:00,P2,,standard,mars',
        'C,Three,2026-03-10 09:00,P2,,,',
        'D,Four,2026-03-10 09:00,P2,Cobalt Freight,,',
        'D,Five,2026-03-10 09:00,P2,Cobalt Freight,,',
      ].join('\n'),
    );
    const { rows } = previewCsvImport(table.rows, proposeMapping(table.headers), context);
    expect(
      rows.map((row) => row.problems.map(({ field, code, params }) => [field, code, params])),
    ).toEqual([
      [
        ['tier', 'unknown-tier', { value: 'Gold' }],
        ['account', 'missing-account-or-tier', {}],
      ],
      [
        ['region', 'unknown-region', { value: 'mars', known: ['amer', 'emea', 'apac'] }],
        ['region', 'missing', {}],
      ],
      [['account', 'missing-account-or-tier', {}]],
      [],
      [['id', 'duplicate-id', { id: 'D', row: 5 }]],
    ]);
    expect(rows[1]?.problems[0]?.message).toBe('unknown region "mars" (known: amer, emea, apac)');
  });
});

describe('csvRowsToTickets', () => {
  const targets = [freshTarget('csv-import')];
  afterEach(async () => {
    for (const target of targets) await dropTarget(target);
  });

  it('names why papaparse could not read a line', () => {
    const table = parseCsv('id,title\nA,One,extra\n');
    expect(table.problems).toMatchObject([{ rowNumber: 2, code: 'too-many-fields' }]);
  });

  it('builds records for the good rows only, written in one transaction', async () => {
    const table = parseCsv(FRENCH_CSV);
    const payload = csvRowsToTickets(table.rows, proposeMapping(table.headers), context);
    expect(payload.skippedRows).toBe(2);
    expect(payload.tickets.map((ticket) => ticket.id)).toEqual(['INC-1', 'INC-2']);

    const db = await openSlaDb(targets[0]?.dbName);
    const counts = await applyImport(db, payload, { existingTickets: 'skip' });
    expect(counts.tickets).toEqual({ added: 2, replaced: 0, skipped: 0 });
    expect(counts.accounts).toEqual({ added: 1, replaced: 0, skipped: 0 });
    expect(counts.settings).toBe(false);
    expect(await db.get('tickets', 'INC-2')).toEqual(payload.tickets[1]);
  });
});
