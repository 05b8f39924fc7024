import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../sla';
import { formatCsvCell, ticketsToCsv, toCsv, TICKET_CSV_HEADERS } from './csv-export';
import type { AccountRecord, TicketRecord } from './records';

const NOW_MS = Date.parse('2026-03-10T10:30:00+01:00');

const account: AccountRecord = {
  id: 'acc-1',
  name: 'Brightwater Health',
  tier: 'premier',
  region: 'emea',
};
const ticket: TicketRecord = {
  id: 'T-1',
  title: '=HYPERLINK("http://evil.example","click")',
  description: '',
  accountId: 'acc-1',
  tier: 'premier',
  priority: 'P1',
  region: 'emea',
  createdAt: Date.parse('2026-03-10T09:00:00+01:00'),
  status: 'open',
  currentPriority: 'P1',
  events: [],
  updatedAt: Date.parse('2026-03-10T09:00:00+01:00'),
};

describe('formatCsvCell', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(formatCsvCell('=1+1')).toBe("'=1+1");
    expect(formatCsvCell('+33 1 23')).toBe("'+33 1 23");
    expect(formatCsvCell('-35')).toBe("'-35");
    expect(formatCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvCell('\tx')).toBe("'\tx");
    expect(formatCsvCell('plain')).toBe('plain');
  });

  it('writes numbers bare, negative ones included, so they stay numbers', () => {
    expect(formatCsvCell(-35)).toBe('-35');
    expect(formatCsvCell(0)).toBe('0');
    expect(formatCsvCell(Number.NaN)).toBe('');
    expect(formatCsvCell(null)).toBe('');
  });

  it('quotes per RFC 4180', () => {
    expect(formatCsvCell('a,b')).toBe('"a,b"');
    expect(formatCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(
      toCsv([
        ['a', 1],
        [null, 'b'],
      ]),
    ).toBe('a,1\r\n,b\r\n');
  });
});

describe('ticketsToCsv', () => {
  it('writes each ticket with its SLA state at the export instant', () => {
    const csv = ticketsToCsv([ticket], {
      policy: defaultPolicy,
      nowMs: NOW_MS,
      accounts: [account],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(TICKET_CSV_HEADERS.join(','));
    // P1 Premier: first response due 1 h after 09:00 Paris; 30 min overdue at 10:30.
    expect(row).toBe(
      [
        'T-1',
        `"'=HYPERLINK(""http://evil.example"",""click"")"`,
        'Brightwater Health',
        'premier',
        'P1',
        'emea',
        'open',
        '2026-03-10T08:00:00.000Z',
        'breached,2026-03-10T09:00:00.000Z,-30,yes,1',
        'running,2026-03-10T12:00:00.000Z,150,no,0',
        'breached,2026-03-10T09:00:00.000Z,-30,yes,1',
      ].join(','),
    );
  });

  it('leaves the remaining time empty once a metric is met, and marks metrics without a target', () => {
    const standardP3: TicketRecord = {
      ...ticket,
      title: 'Question',
      tier: 'standard',
      priority: 'P3',
      currentPriority: 'P3',
      events: [{ id: 'e1', type: 'reply', at: NOW_MS - 60_000, author: 'Amélie', message: 'Hi' }],
    };
    const csv = ticketsToCsv([standardP3], {
      policy: defaultPolicy,
      nowMs: NOW_MS,
      accounts: [],
      byteOrderMark: false,
    });
    const cells = csv.split('\r\n')[1]?.split(',') ?? [];
    expect(cells[2]).toBe('acc-1');
    expect(cells.slice(8, 13)).toEqual(['none', '', '', '', '']);
    expect(cells.slice(13, 18)).toEqual(['none', '', '', '', '']);
    expect(cells[18]).toBe('running');
  });
});
