/** Everything the data layer offers over one database and change channel. */
import { createAccountsRepo, type AccountsRepo } from './accounts-repo';
import type { ChangeChannel } from './change-channel';
import { appDbTarget, type DbTarget } from './db-target';
import { createPoliciesRepo, type PoliciesRepo } from './policies-repo';
import { createSettingsRepo, type SettingsRepo } from './settings-repo';
import { createTicketsRepo, type TicketsRepo } from './tickets-repo';

export interface DataSource {
  readonly dbName: string;
  readonly changes: ChangeChannel;
  readonly tickets: TicketsRepo;
  readonly accounts: AccountsRepo;
  readonly settings: SettingsRepo;
  readonly policies: PoliciesRepo;
}

/** The repositories over `target` (the app's database unless given). */
export function createDataSource(target: DbTarget = appDbTarget()): DataSource {
  return {
    dbName: target.dbName,
    changes: target.channel,
    tickets: createTicketsRepo(target),
    accounts: createAccountsRepo(target),
    settings: createSettingsRepo(target),
    policies: createPoliciesRepo(target),
  };
}
