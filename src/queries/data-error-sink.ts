/**
 * Failures nobody on screen is waiting for (a background refetch, a mutation fired from a
 * button), collected for the UI to show as toasts. Wired in app/query-client.ts through the
 * QueryCache and MutationCache `onError`.
 */

export interface DataErrorReport {
  /** Increasing within the sink; a React key. */
  id: number;
  error: unknown;
  source: 'query' | 'mutation';
  /** The query key or mutation key, when there is one. */
  key: readonly unknown[] | undefined;
}

export interface DataErrorSink {
  report: (error: unknown, source: DataErrorReport['source'], key?: readonly unknown[]) => void;
  dismiss: (id: number) => void;
  subscribe: (listener: () => void) => () => void;
  /** The reports not yet dismissed, oldest first; a new array after each change. */
  getSnapshot: () => readonly DataErrorReport[];
}

/** At most this many reports are kept; the oldest go first. */
const MAX_REPORTS = 5;

export function createDataErrorSink(): DataErrorSink {
  let reports: readonly DataErrorReport[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const change = (next: readonly DataErrorReport[]) => {
    reports = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    report: (error, source, key) => {
      change([...reports, { id: nextId++, error, source, key }].slice(-MAX_REPORTS));
    },
    dismiss: (id) => {
      if (reports.some((report) => report.id === id)) {
        change(reports.filter((report) => report.id !== id));
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => reports,
  };
}

/** How a mutation hook reports failures: inline by the form, or to the app's error sink. */
export interface MutationHookOptions {
  /** The caller shows `mutation.error` itself; keep it out of the background error toasts. */
  errorsShownInline?: boolean;
}

/** The mutation meta that carries MutationHookOptions to the MutationCache's onError. */
export function mutationMeta(options: MutationHookOptions): Record<string, unknown> {
  return { errorsShownInline: options.errorsShownInline === true };
}

/** Whether a mutation with this meta shows its errors itself. */
export function isShownInline(meta: Record<string, unknown> | undefined): boolean {
  return meta?.errorsShownInline === true;
}
