import { queryOptions } from '@tanstack/react-query';
import { defaultPolicy, type Policy } from '../sla';

/** Query keys for policies, from generic to specific. */
export const policyKeys = {
  all: ['policies'] as const,
  active: () => [...policyKeys.all, 'active'] as const,
};

/**
 * Reads the policy the app applies. For now the built-in default; a later issue reads the active
 * policy from IndexedDB here, and no component has to change.
 */
async function fetchActivePolicy(): Promise<Policy> {
  return Promise.resolve(defaultPolicy);
}

export const policyQueries = {
  active: () => queryOptions({ queryKey: policyKeys.active(), queryFn: fetchActivePolicy }),
};
