import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountPatch, NewAccountInput } from '../db/accounts-repo';
import { dataSourceOf } from './client-context';
import { mutationMeta, type MutationHookOptions } from './data-error-sink';
import { accountKeys } from './account-queries';

export type { AccountPatch, NewAccountInput };

export function useCreateAccount(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...accountKeys.all, 'create'],
    scope: { id: 'accounts' },
    meta: mutationMeta(options),
    mutationFn: (input: NewAccountInput) => dataSourceOf(client).accounts.createAccount(input),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

/** Changes an account; its existing tickets keep the tier and region they were created with. */
export function useUpdateAccount(options: MutationHookOptions = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [...accountKeys.all, 'update'],
    scope: { id: 'accounts' },
    meta: mutationMeta(options),
    mutationFn: ({ id, patch }: { id: string; patch: AccountPatch }) =>
      dataSourceOf(client).accounts.updateAccount(id, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
