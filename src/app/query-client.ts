import { QueryClient } from '@tanstack/react-query';

/**
 * The app's data cache. Data lives in this browser (IndexedDB), so: never wait for the network
 * (`networkMode: 'always'`), never retry (local failures are deterministic), never refetch on
 * a timer or on focus (other tabs announce their writes instead).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
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
}
