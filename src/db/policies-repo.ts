/** Custom policies in IndexedDB. The built-in policy (id 'default') lives in src/sla, not here. */
import type { Policy } from '../sla';
import { appDbTarget, inTransaction, readFrom, writeTo, type DbTarget } from './db-target';
import type { PolicyRecord } from './records';
import { RefusedWriteError } from './repo-errors';

/** The id of the built-in policy; no stored policy may take it. */
/** The id of the built-in policy (`defaultPolicy`); custom policies need another. */
export const BUILT_IN_POLICY_ID = 'default';

export interface PoliciesRepo {
  listPolicies(): Promise<PolicyRecord[]>;
  getPolicy(id: string): Promise<PolicyRecord | undefined>;
  /**
   * Creates or replaces the stored policy `policy.id` (validate it first: see policy-schema.ts).
   * Refuses the built-in id ('reserved-policy-id').
   */
  savePolicy(policy: Policy, nowMs: number): Promise<PolicyRecord>;
}

export function createPoliciesRepo(target: DbTarget = appDbTarget()): PoliciesRepo {
  return {
    listPolicies: () => readFrom(target, (db) => db.getAll('policies')),
    getPolicy: (id) => readFrom(target, (db) => db.get('policies', id)),
    savePolicy: (policy, nowMs) =>
      writeTo(
        target,
        (db) => {
          if (policy.id === BUILT_IN_POLICY_ID) {
            throw new RefusedWriteError('reserved-policy-id', 'The id "default" is reserved.');
          }
          const tx = db.transaction('policies', 'readwrite');
          return inTransaction(tx, async () => {
            const record: PolicyRecord = { id: policy.id, policy, updatedAt: nowMs };
            await tx.store.put(record);
            return record;
          });
        },
        (record) => ({ scope: 'policies', ids: [record.id] }),
      ),
  };
}
