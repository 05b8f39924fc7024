import { describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client';

describe('createQueryClient', () => {
  it('never waits for the network, never retries and never goes stale', () => {
    const queries = createQueryClient().getDefaultOptions().queries;
    expect(queries).toMatchObject({
      networkMode: 'always',
      retry: false,
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    });
  });

  it('gives mutations the same offline-first defaults', () => {
    expect(createQueryClient().getDefaultOptions().mutations).toMatchObject({
      networkMode: 'always',
      retry: false,
    });
  });
});
