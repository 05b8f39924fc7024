import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccountsRepo, type AccountsRepo } from './accounts-repo';
import type { DbTarget } from './db-target';
import { MissingRecordError, RefusedWriteError } from './repo-errors';
import { dropTarget, freshTarget } from './test-target';

let target: DbTarget;
let repo: AccountsRepo;

beforeEach(() => {
  target = freshTarget('accounts');
  repo = createAccountsRepo(target);
});
afterEach(() => dropTarget(target));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('accounts repository', () => {
  it('creates accounts with sequential ids and reads them back', async () => {
    const acme = await repo.createAccount({
      name: ' Acme ',
      tier: 'premier-plus',
      region: 'emea',
      cadenceOverrides: { P1: 30 },
    });
    const globex = await repo.createAccount({ name: 'Globex', tier: 'standard', region: 'amer' });

    expect(acme).toEqual({
      id: 'A-000001',
      name: 'Acme',
      tier: 'premier-plus',
      region: 'emea',
      cadenceOverrides: { P1: 30 },
    });
    expect(globex.id).toBe('A-000002');
    expect(await repo.getAccount('A-000001')).toEqual(acme);
    expect(await repo.listAccounts()).toEqual([acme, globex]);
  });

  it('keeps a given id and refuses it when taken', async () => {
    await repo.createAccount({ id: 'acme', name: 'Acme', tier: 'premier', region: 'emea' });
    const error = await failure(
      repo.createAccount({ id: 'acme', name: 'Other', tier: 'standard', region: 'amer' }),
    );
    expect(error).toBeInstanceOf(RefusedWriteError);
    expect((error as RefusedWriteError).problem).toBe('duplicate-id');
    expect((await repo.getAccount('acme'))?.name).toBe('Acme');
  });

  it('updates an account and refuses an empty name or an unknown id', async () => {
    await repo.createAccount({ id: 'acme', name: 'Acme', tier: 'premier', region: 'emea' });

    expect(await repo.updateAccount('acme', { tier: 'premier-elite' })).toMatchObject({
      id: 'acme',
      name: 'Acme',
      tier: 'premier-elite',
    });
    const blank = await failure(repo.updateAccount('acme', { name: ' ' }));
    expect((blank as RefusedWriteError).problem).toBe('empty-name');
    expect(await failure(repo.updateAccount('nobody', { name: 'X' }))).toBeInstanceOf(
      MissingRecordError,
    );
    expect((await repo.getAccount('acme'))?.name).toBe('Acme');
  });
});
