import { describe, expect, it } from 'vitest';
import { dbError } from '../db/db-errors';
import { MissingRecordError, RefusedWriteError } from '../db/repo-errors';
import { createDataErrorSink } from './data-error-sink';
import { describeDataError } from './data-errors';

describe('describeDataError', () => {
  it('classifies storage failures, refusals, missing records and bugs', () => {
    expect(describeDataError(dbError('blocked'))).toEqual({ kind: 'storage', storage: 'blocked' });
    expect(describeDataError(new RefusedWriteError('not-resolved', 'x'))).toEqual({
      kind: 'refused',
      problem: 'not-resolved',
    });
    expect(describeDataError(new MissingRecordError('ticket', 'T-1'))).toEqual({
      kind: 'missing',
      entity: 'ticket',
      id: 'T-1',
    });
    expect(describeDataError(new TypeError('oops'))).toEqual({
      kind: 'unexpected',
      message: 'oops',
    });
  });
});

describe('createDataErrorSink', () => {
  it('keeps the latest five reports, notifies, and dismisses by id', () => {
    const sink = createDataErrorSink();
    let notified = 0;
    sink.subscribe(() => {
      notified += 1;
    });
    for (let i = 0; i < 7; i++) sink.report(new Error(String(i)), 'mutation');
    expect(sink.getSnapshot().map((report) => report.id)).toEqual([3, 4, 5, 6, 7]);
    sink.dismiss(5);
    sink.dismiss(99);
    expect(sink.getSnapshot().map((report) => report.id)).toEqual([3, 4, 6, 7]);
    expect(notified).toBe(8);
  });
});
