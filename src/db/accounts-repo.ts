/** Customer accounts in IndexedDB. A ticket copies its account's tier and region at creation. */
import type { TierId } from '../sla';
import { appDbTarget, inTransaction, readFrom, writeTo, type DbTarget } from './db-target';
import type { SlaDatabase } from './open-db';
import type { AccountRecord } from './records';
import { MissingRecordError, RefusedWriteError } from './repo-errors';
import { nextSequentialId } from './sequential-id';

export interface NewAccountInput {
  /** Given by imports; a new id "A-<6 digits>" otherwise. */
  id?: string;
  name: string;
  tier: TierId;
  region: string;
  cadenceOverrides?: AccountRecord['cadenceOverrides'];
}

export type AccountPatch = Partial<Omit<AccountRecord, 'id'>>;

export interface AccountsRepo {
  /** Every account, in id order. */
  listAccounts(): Promise<AccountRecord[]>;
  getAccount(id: string): Promise<AccountRecord | undefined>;
  /** Refuses an empty name ('empty-name') and a taken id ('duplicate-id'). */
  createAccount(input: NewAccountInput): Promise<AccountRecord>;
  /**
   * Changes an account. Existing tickets keep the tier and region they were created with.
   * Refuses an unknown id (MissingRecordError) and an empty name.
   */
  updateAccount(id: string, patch: AccountPatch): Promise<AccountRecord>;
}

export function createAccountsRepo(target: DbTarget = appDbTarget()): AccountsRepo {
  const announce = (account: AccountRecord) => ({
    scope: 'accounts' as const,
    ids: [account.id],
  });
  return {
    listAccounts: () => readFrom(target, (db) => db.getAll('accounts')),
    getAccount: (id) => readFrom(target, (db) => db.get('accounts', id)),
    createAccount: (input) => writeTo(target, (db) => createAccount(db, input), announce),
    updateAccount: (id, patch) => writeTo(target, (db) => updateAccount(db, id, patch), announce),
  };
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new RefusedWriteError('empty-name', 'An account needs a name.');
  return trimmed;
}

function createAccount(db: SlaDatabase, input: NewAccountInput): Promise<AccountRecord> {
  const name = checkName(input.name);
  const tx = db.transaction('accounts', 'readwrite');
  return inTransaction(tx, async () => {
    const id = input.id ?? (await nextSequentialId(tx.store, 'A-'));
    if ((await tx.store.getKey(id)) !== undefined) {
      throw new RefusedWriteError('duplicate-id', `An account with id "${id}" exists.`);
    }
    const account: AccountRecord = {
      id,
      name,
      tier: input.tier,
      region: input.region,
      ...(input.cadenceOverrides ? { cadenceOverrides: input.cadenceOverrides } : {}),
    };
    await tx.store.add(account);
    return account;
  });
}

function updateAccount(db: SlaDatabase, id: string, patch: AccountPatch): Promise<AccountRecord> {
  const tx = db.transaction('accounts', 'readwrite');
  return inTransaction(tx, async () => {
    const account = await tx.store.get(id);
    if (!account) throw new MissingRecordError('account', id);
    const updated: AccountRecord = { ...account, ...patch, id };
    updated.name = checkName(updated.name);
    await tx.store.put(updated);
    return updated;
  });
}
