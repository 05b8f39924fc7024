import type { IDBPObjectStore, StoreNames } from 'idb';
import type { SlaBoardDb } from './schema';

const DIGITS = 6;

/**
 * The next id `prefix` + a zero-padded 6-digit number, one above the highest such key in
 * `store`. Run it in the readwrite transaction that adds the record: IndexedDB serialises
 * readwrite transactions on a store, so two tabs never get the same id. Keys of other shapes
 * (imported ids) are skipped.
 */
export async function nextSequentialId<
  TxStores extends ArrayLike<StoreNames<SlaBoardDb>>,
  Name extends 'tickets' | 'accounts',
>(
  store: IDBPObjectStore<SlaBoardDb, TxStores, Name, 'readwrite'>,
  prefix: string,
): Promise<string> {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d{${String(DIGITS)}})$`);
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  let cursor = await store.openKeyCursor(range, 'prev');
  while (cursor) {
    const match = pattern.exec(String(cursor.key));
    if (match?.[1] !== undefined) return formatId(prefix, Number(match[1]) + 1);
    cursor = await cursor.continue();
  }
  return formatId(prefix, 1);
}

function formatId(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(DIGITS, '0')}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
