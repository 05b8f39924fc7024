/**
 * What the query and mutation functions of a QueryClient work on: its data source (the
 * repositories over one database) and its sink for background errors. Query functions receive
 * their client (`context.client`), so `ticketQueries.list()` needs no argument, and each test's
 * fresh client can work on a fresh database.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { DataSource } from '../db/data-source';
import type { DataErrorSink } from './data-error-sink';

export interface ClientContext {
  dataSource: DataSource;
  errors: DataErrorSink;
}

const contexts = new WeakMap<QueryClient, ClientContext>();

/** Binds `context` to `client` (done once, by app/query-client.ts). */
export function attachClientContext(client: QueryClient, context: ClientContext): QueryClient {
  contexts.set(client, context);
  return client;
}

function contextOf(client: QueryClient): ClientContext {
  const context = contexts.get(client);
  if (!context) {
    throw new Error('This QueryClient has no data source: create it with createQueryClient().');
  }
  return context;
}

/** The repositories the client's queries and mutations use. */
export function dataSourceOf(client: QueryClient): DataSource {
  return contextOf(client).dataSource;
}

/** Where the client's background failures are collected for the UI. */
export function errorSinkOf(client: QueryClient): DataErrorSink {
  return contextOf(client).errors;
}
