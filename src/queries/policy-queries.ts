import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { PolicyRecord } from '../db/records';
import { defaultPolicy, type Policy } from '../sla';
import { dataSourceOf } from './client-context';

/**
 * Query keys for policies, from generic to specific. The active policy follows the settings
 * (activePolicyId), so settings writes invalidate this root too.
 */
export const policyKeys = {
  all: ['policies'] as const,
  active: () => [...policyKeys.all, 'active'] as const,
  lists: () => [...policyKeys.all, 'list'] as const,
};

/**
 * The policy the app applies: the built-in default for 'default', else the stored policy the
 * settings name. A stored id that no longer exists falls back to the built-in policy, so the
 * board keeps working; the policy screen shows which one applies.
 */
async function fetchActivePolicy({ client }: { client: QueryClient }): Promise<Policy> {
  const source = dataSourceOf(client);
  const { activePolicyId } = await source.settings.getSettings();
  if (activePolicyId === defaultPolicy.id) return defaultPolicy;
  return (await source.policies.getPolicy(activePolicyId))?.policy ?? defaultPolicy;
}

export const policyQueries = {
  active: () => queryOptions({ queryKey: policyKeys.active(), queryFn: fetchActivePolicy }),
  /** The stored (custom) policies; the built-in one is `defaultPolicy`. */
  list: () =>
    queryOptions({
      queryKey: policyKeys.lists(),
      queryFn: ({ client }): Promise<PolicyRecord[]> =>
        dataSourceOf(client).policies.listPolicies(),
    }),
};
