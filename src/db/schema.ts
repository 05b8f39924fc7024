/**
 * The IndexedDB schema: database name, version, stores and indexes.
 * Renaming anything here breaks every existing database: DO NOT CHANGE without a migration
 * (migrations.ts) and a version bump.
 */
import type { DBSchema } from 'idb';
import type {
  AccountRecord,
  PolicyRecord,
  SettingsRecord,
  TicketLifecycle,
  TicketRecord,
} from './records';

/** DO NOT CHANGE without migration. */
export const DB_NAME = 'sla-board';

/** DO NOT CHANGE without migration: bump it together with a new step in migrations.ts. */
export const DB_VERSION = 2;

/** Store names. DO NOT CHANGE without migration. */
export const STORES = {
  tickets: 'tickets',
  accounts: 'accounts',
  settings: 'settings',
  policies: 'policies',
} as const;

/** Index names of the tickets store. DO NOT CHANGE without migration. */
export const TICKET_INDEXES = {
  byStatus: 'by-status',
  byAccount: 'by-account',
  byUpdatedAt: 'by-updated-at',
} as const;

/** The key of the one settings row. DO NOT CHANGE without migration. */
export const SETTINGS_KEY = 'settings';

/** The database as the current version stores it. */
export interface SlaBoardDb extends DBSchema {
  tickets: {
    key: string;
    value: TicketRecord;
    indexes: {
      'by-status': TicketLifecycle;
      'by-account': string;
      'by-updated-at': number;
    };
  };
  accounts: { key: string; value: AccountRecord };
  settings: { key: 'settings'; value: SettingsRecord };
  policies: { key: string; value: PolicyRecord };
}
