import type { QueryClient } from '@tanstack/react-query';
import { createDataSource, type DataSource } from '../db/data-source';
import { createDataQueryClient } from '../queries/create-data-query-client';

interface QueryClientOptions {
  /** The repositories to work on; the app's IndexedDB database unless given (tests). */
  dataSource?: DataSource;
}

/**
 * The app's data cache over its IndexedDB database. Defaults (offline-first, no retries, no
 * staleness) and the background error sink: see createDataQueryClient.
 */
export function createQueryClient({ dataSource }: QueryClientOptions = {}): QueryClient {
  return createDataQueryClient({ dataSource: dataSource ?? createDataSource() });
}
