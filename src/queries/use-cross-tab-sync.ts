import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChangeScope } from '../db/change-channel';
import { accountKeys } from './account-queries';
import { dataSourceOf } from './client-context';
import { policyKeys } from './policy-queries';
import { settingsKeys } from './settings-queries';
import { ticketKeys } from './ticket-queries';

/** The root keys a change in `scope` makes stale. The active policy follows the settings. */
export function keysForScope(scope: ChangeScope): QueryKey[] {
  switch (scope) {
    case 'tickets':
      return [ticketKeys.all];
    case 'accounts':
      return [accountKeys.all];
    case 'settings':
      return [settingsKeys.all, policyKeys.all];
    case 'policies':
      return [policyKeys.all];
  }
}

/** Invalidates what other tabs announce they changed; returns the unsubscribe. */
export function syncAcrossTabs(client: QueryClient): () => void {
  return dataSourceOf(client).changes.subscribe((message) => {
    for (const queryKey of keysForScope(message.scope)) {
      // Refetch failures reach the QueryCache's onError (the error sink), not this promise.
      void client.invalidateQueries({ queryKey });
    }
  });
}

/** Keeps this tab's queries in step with writes made in other tabs. Mount once, near the root. */
export function useCrossTabSync(): void {
  const client = useQueryClient();
  useEffect(() => syncAcrossTabs(client), [client]);
}
