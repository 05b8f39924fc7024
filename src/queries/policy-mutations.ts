import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useClock } from '../clock/use-clock';
import type { Policy } from '../sla';
import { dataSourceOf } from './client-context';
import { mutationMeta, type MutationHookOptions } from './data-error-sink';
import { policyKeys } from './policy-queries';

/** Creates or replaces a custom policy (validated by the caller); refreshes every policy query. */
export function useSavePolicy(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  const clock = useClock();
  return useMutation({
    mutationKey: [...policyKeys.all, 'save'],
    scope: { id: 'policies' },
    meta: mutationMeta(options),
    mutationFn: (policy: Policy) => dataSourceOf(client).policies.savePolicy(policy, clock.now()),
    onSuccess: () => client.invalidateQueries({ queryKey: policyKeys.all }),
  });
}
