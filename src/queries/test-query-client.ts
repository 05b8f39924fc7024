/**
 * For tests only: a data QueryClient over a fresh database, a ManualClock, and a wrapper for
 * renderHook. (Not imported by app code.)
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { ClockProvider } from '../clock/clock-provider';
import { ManualClock } from '../clock/manual-clock';
import { createDataSource, type DataSource } from '../db/data-source';
import type { DbTarget } from '../db/db-target';
import { dropTarget, freshTarget } from '../db/test-target';
import { createDataQueryClient } from './create-data-query-client';
import { createDataErrorSink, type DataErrorSink } from './data-error-sink';

/** 2026-03-02T09:00:00Z, a Monday morning in Europe. */
export const T0 = Date.parse('2026-03-02T09:00:00Z');

export interface TestData {
  client: QueryClient;
  clock: ManualClock;
  target: DbTarget;
  source: DataSource;
  errors: DataErrorSink;
  wrapper: (props: { children: ReactNode }) => ReactNode;
  cleanup: () => Promise<void>;
}

export function createTestData(label = 'queries'): TestData {
  const target = freshTarget(label);
  const source = createDataSource(target);
  const errors = createDataErrorSink();
  const client = createDataQueryClient({ dataSource: source, errors });
  const clock = new ManualClock(T0);
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(
      QueryClientProvider,
      { client },
      createElement(ClockProvider, { clock, children }),
    );
  return {
    client,
    clock,
    target,
    source,
    errors,
    wrapper,
    cleanup: async () => {
      client.clear();
      await dropTarget(target);
    },
  };
}
