import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { DataSource } from '../db/data-source';
import { attachClientContext } from './client-context';
import { createDataErrorSink, isShownInline, type DataErrorSink } from './data-error-sink';

interface DataQueryClientOptions {
  dataSource: DataSource;
  errors?: DataErrorSink;
}

/**
 * A QueryClient over local data. Data lives in this browser (IndexedDB), so: never wait for the
 * network (`networkMode: 'always'`), never retry (local failures are deterministic), never
 * refetch on a timer or on focus (other tabs announce their writes instead).
 *
 * Failures nobody on screen waits for go to the client's error sink (useDataErrors): a failed
 * refetch of data already shown, and mutations whose form does not show its own error.
 */
export function createDataQueryClient({
  dataSource,
  errors = createDataErrorSink(),
}: DataQueryClientOptions): QueryClient {
  const client = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data !== undefined) errors.report(error, 'query', query.queryKey);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isShownInline(mutation.meta)) return;
        errors.report(error, 'mutation', mutation.options.mutationKey);
      },
    }),
    defaultOptions: {
      queries: {
        networkMode: 'always',
        retry: false,
        staleTime: Infinity,
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  return attachClientContext(client, { dataSource, errors });
}
