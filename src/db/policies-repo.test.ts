import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from '../sla';
import type { DbTarget } from './db-target';
import { createPoliciesRepo, type PoliciesRepo } from './policies-repo';
import { RefusedWriteError } from './repo-errors';
import { dropTarget, freshTarget } from './test-target';

let target: DbTarget;
let repo: PoliciesRepo;

beforeEach(() => {
  target = freshTarget('policies');
  repo = createPoliciesRepo(target);
});
afterEach(() => dropTarget(target));

const T0 = Date.parse('2026-03-02T09:00:00Z');

describe('policies repository', () => {
  it('creates and replaces a custom policy by its id', async () => {
    const custom = { ...defaultPolicy, id: 'strict', name: 'Strict', atRiskRatio: 0.5 };
    await repo.savePolicy(custom, T0);
    const renamed = await repo.savePolicy({ ...custom, name: 'Stricter' }, T0 + 1);

    expect(renamed).toEqual({
      id: 'strict',
      policy: { ...custom, name: 'Stricter' },
      updatedAt: T0 + 1,
    });
    expect(await repo.getPolicy('strict')).toEqual(renamed);
    expect(await repo.listPolicies()).toEqual([renamed]);
  });

  it('refuses to store a policy under the built-in id', async () => {
    const error = await repo.savePolicy(defaultPolicy, T0).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RefusedWriteError);
    expect((error as RefusedWriteError).problem).toBe('reserved-policy-id');
    expect(await repo.listPolicies()).toEqual([]);
  });
});
